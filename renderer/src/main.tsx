import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startLanguage } from './i18n/start';

// The operator's language before the first paint: a screen never shows in English first.
await startLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
