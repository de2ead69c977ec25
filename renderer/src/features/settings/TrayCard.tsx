import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { bridge } from '../../ui/bridge';
import { showError } from '../../ui/toasts';

/** Whether closing the window keeps Switchboard running in the tray, for links, the shortcut and the last calls. */
export function TrayCard() {
  const [keepInTray, setKeepInTray] = useState<boolean>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void bridge()
      .app.desktopSettings()
      .then((result) => (result.ok ? setKeepInTray(result.value.keepInTray) : showError(result.error)));
  }, []);

  const change = async (keep: boolean) => {
    setSaving(true);
    const result = await bridge().app.setDesktopSettings({ keepInTray: keep });
    setSaving(false);
    if (result.ok) setKeepInTray(result.value.keepInTray);
    else showError(result.error);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tray-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tray-heading">
          Tray
        </Title>
        <Text size="sm">The tray icon shows or hides the window, offers the last numbers called and switches profile.</Text>
        <Switch
          label="Keep Switchboard in the tray when its window is closed"
          description={keepInTray ? 'Closing the window hides it; Quit in the tray menu ends Switchboard.' : 'Closing the window ends Switchboard.'}
          checked={keepInTray === true}
          disabled={keepInTray === undefined || saving}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
      </Stack>
    </Paper>
  );
}
