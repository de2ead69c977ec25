import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from '../ui/theme';
import { TOAST_POSITION } from '../ui/toasts';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position={TOAST_POSITION} />
      <Shell />
    </MantineProvider>
  );
}
