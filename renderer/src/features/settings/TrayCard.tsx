import { Switch, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import type { DesktopSettings } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { useMainSetting } from './main-setting';

const read = () => bridge().app.desktopSettings();
const write = (settings: DesktopSettings) => bridge().app.setDesktopSettings(settings);

/** Whether closing the window keeps Switchboard running in the tray, for links, the shortcut and the last calls. */
export function TrayCard() {
  const { value, saving, save } = useMainSetting(read, write);
  const keepInTray = value?.keepInTray;
  const change = (keep: boolean) => save({ keepInTray: keep });

  return (
    <SettingsCard title="Tray">
      <Text size="sm">The tray icon shows or hides the window, offers the last numbers called and switches profile.</Text>
      <Switch
        label="Keep Switchboard in the tray when its window is closed"
        description={keepInTray ? 'Closing the window hides it; Quit in the tray menu ends Switchboard.' : 'Closing the window ends Switchboard.'}
        checked={keepInTray === true}
        disabled={keepInTray === undefined || saving}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
    </SettingsCard>
  );
}
