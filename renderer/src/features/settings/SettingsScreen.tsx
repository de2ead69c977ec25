import { Stack, Text } from '@mantine/core';
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
  return (
    <Stack maw={720}>
      <Text c="dimmed" size="sm">
        These settings belong to this computer, whichever profile is active.
      </Text>
      <PolicyCard />
      <LanguageCard />
      <LinkHandlerCard />
      <DialShortcutCard />
      <TrayCard />
      <NotificationsCard />
      <UpdatesCard />
      <DiagnosticsCard />
    </Stack>
  );
}
