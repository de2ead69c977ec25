import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from '../ui/theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <Shell />
    </MantineProvider>
  );
}
