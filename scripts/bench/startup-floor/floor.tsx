/**
 * The start-up benchmark's floor: the app's React + Mantine shell (provider, theme, toasts, the
 * same style sheets, header, navbar and main) rendering an empty screen. Built at bench time into
 * a temporary folder (startup-renderer.mts), never shipped.
 */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../../../renderer/src/app/shell.css';
import { AppShell, MantineProvider, Title } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cssVariablesResolver, theme } from '../../../renderer/src/ui/theme';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
        <AppShell.Header />
        <AppShell.Navbar component="nav" aria-label="Screens" />
        <AppShell.Main id="main">
          <Title order={1} size="h2">
            Empty screen
          </Title>
        </AppShell.Main>
      </AppShell>
    </MantineProvider>
  </StrictMode>,
);
