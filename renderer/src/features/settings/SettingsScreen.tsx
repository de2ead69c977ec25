import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DiagnosticsCard } from './DiagnosticsCard';
import { DialShortcutCard } from './DialShortcutCard';
import { LanguageCard } from './LanguageCard';
import { LinkHandlerCard } from './LinkHandlerCard';
import { NotificationsCard } from './NotificationsCard';
import { PolicyCard } from './PolicyCard';
import { TrayCard } from './TrayCard';
import { UpdatesCard } from './UpdatesCard';

/** How Switchboard fits into this workstation: the settings that belong to the computer, not to an account, and support. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <Stack maw={720}>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <PolicyCard />
      <LinkHandlerCard />
      <DialShortcutCard />
      {/* Below the cards an 800×600 window shows on opening Settings. */}
      <LanguageCard />
      <TrayCard />
      <NotificationsCard />
      <UpdatesCard />
      <DiagnosticsCard />
    </Stack>
  );
}
