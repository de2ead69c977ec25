import { Alert, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from './SettingsCard';
import type { NoticeKind, NoticeKinds } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { useMainSetting } from './main-setting';

const read = () => bridge().app.notifications();
const write = (kinds: Partial<NoticeKinds>) => bridge().app.setNotifications(kinds);

// Each kind's label and description are under its name in the settings catalog's `notifications`.
const KINDS: readonly NoticeKind[] = ['callOutcome', 'lowBalance', 'numberExpiring'];

/** Which system notifications Switchboard shows while its window is away; each kind on its own. */
export function NotificationsCard() {
  const { t } = useTranslation('settings');
  const { value: settings, saving, save } = useMainSetting(read, write);
  const change = (kind: NoticeKind, on: boolean) => save({ [kind]: on });

  return (
    <SettingsCard title={t('notifications.title')}>
      <Text size="sm">{t('notifications.about')}</Text>
      {settings && !settings.available && (
        <Alert color="gray" variant="light" title={t('notifications.unavailableTitle')}>
          {t('notifications.unavailable')}
        </Alert>
      )}
      {KINDS.map((kind) => (
        <Switch
          key={kind}
          label={t(`notifications.${kind}.label`)}
          description={t(`notifications.${kind}.description`)}
          checked={settings?.kinds[kind] === true}
          disabled={!settings?.available || saving}
          onChange={(event) => void change(kind, event.currentTarget.checked)}
        />
      ))}
    </SettingsCard>
  );
}
