import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Shell } from './Shell';
import { cssVariablesResolver, themeSaying } from '../ui/theme';
import { TOAST_POSITION } from '../ui/toasts';

export function App() {
  const { t } = useTranslation(['shell', 'common']);
  const theme = useMemo(() => themeSaying({ closeDialog: t('common:close'), dismissNotification: t('dismissNotification'), showPassword: t('showPassword') }), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position={TOAST_POSITION} />
      <Shell />
    </MantineProvider>
  );
}
