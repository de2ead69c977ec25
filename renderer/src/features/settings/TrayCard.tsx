import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from './SettingsCard';
import type { DesktopSettings } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { useMainSetting } from './main-setting';

const read = () => bridge().app.desktopSettings();
const write = (settings: DesktopSettings) => bridge().app.setDesktopSettings(settings);

/** Whether closing the window keeps Switchboard running in the tray, for links, the shortcut and the last calls. */
export function TrayCard() {
  const { t } = useTranslation('settings');
  const { value, saving, save } = useMainSetting(read, write);
  const keepInTray = value?.keepInTray;
  const change = (keep: boolean) => save({ keepInTray: keep });

  return (
    <SettingsCard title={t('tray.title')}>
      <Text size="sm">{t('tray.about')}</Text>
      <Switch
        label={t('tray.label')}
        description={keepInTray ? t('tray.kept') : t('tray.notKept')}
        checked={keepInTray === true}
        disabled={keepInTray === undefined || saving}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
    </SettingsCard>
  );
}
