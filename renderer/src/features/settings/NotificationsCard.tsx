import { Alert, Switch, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import type { NoticeKind, NoticeKinds } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { useMainSetting } from './main-setting';

const read = () => bridge().app.notifications();
const write = (kinds: Partial<NoticeKinds>) => bridge().app.setNotifications(kinds);

const KINDS: readonly { kind: NoticeKind; label: string; description: string }[] = [
  { kind: 'callOutcome', label: 'Call outcomes', description: 'How a placed call ended, once ITNIO has its record: answered, busy, no answer.' },
  { kind: 'lowBalance', label: 'Low balance', description: 'The balance going under the profile’s low-balance warning level.' },
  { kind: 'numberExpiring', label: 'Numbers expiring', description: 'A number of the account expiring within 30 days.' },
];

/** Which system notifications Switchboard shows while its window is away; each kind on its own. */
export function NotificationsCard() {
  const { value: settings, saving, save } = useMainSetting(read, write);
  const change = (kind: NoticeKind, on: boolean) => save({ [kind]: on });

  return (
    <SettingsCard title="Notifications">
      <Text size="sm">
        Shown by the system while Switchboard’s window is hidden or behind another; a click opens what it is about. The balance and the numbers are read every
        15 minutes and twice a day for them.
      </Text>
      {settings && !settings.available && (
        <Alert color="gray" variant="light" title="No notifications here">
          Only the installed Switchboard app shows system notifications.
        </Alert>
      )}
      {KINDS.map(({ kind, label, description }) => (
        <Switch
          key={kind}
          label={label}
          description={description}
          checked={settings?.kinds[kind] === true}
          disabled={!settings?.available || saving}
          onChange={(event) => void change(kind, event.currentTarget.checked)}
        />
      ))}
    </SettingsCard>
  );
}
