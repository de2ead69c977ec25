import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { NoticeKind, NoticeSettings } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { showError } from '../../ui/toasts';

const KINDS: readonly { kind: NoticeKind; label: string; description: string }[] = [
  { kind: 'callOutcome', label: 'Call outcomes', description: 'How a placed call ended, once ITNIO has its record: answered, busy, no answer.' },
  { kind: 'lowBalance', label: 'Low balance', description: 'The balance going under the profile’s low-balance warning level.' },
  { kind: 'numberExpiring', label: 'Numbers expiring', description: 'A number of the account expiring within 30 days.' },
];

/** Which system notifications Switchboard shows while its window is away; each kind on its own. */
export function NotificationsCard() {
  const [settings, setSettings] = useState<NoticeSettings>();
  const [saving, setSaving] = useState<NoticeKind>();

  useEffect(() => {
    void bridge()
      .app.notifications()
      .then((result) => (result.ok ? setSettings(result.value) : showError(result.error)));
  }, []);

  const change = async (kind: NoticeKind, on: boolean) => {
    setSaving(kind);
    const result = await bridge().app.setNotifications({ [kind]: on });
    setSaving(undefined);
    if (result.ok) setSettings(result.value);
    else showError(result.error);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notifications-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notifications-heading">
          Notifications
        </Title>
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
            disabled={!settings?.available || saving !== undefined}
            onChange={(event) => void change(kind, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </Paper>
  );
}
