import { Button, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useState } from 'react';
import { bridge } from '../../ui/bridge';
import { showError, showSuccess } from '../../ui/toasts';

/** One zip for support, saved where the operator chooses; what it holds is said before it is made. */
export function DiagnosticsCard() {
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const result = await bridge().app.saveDiagnostics();
    setSaving(false);
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess('Diagnostics saved', `Saved to ${result.value.path}. Send it to whoever supports you.`);
  };
  return (
    <SettingsCard title="Support" align="flex-start">
      <Text size="sm">
        Diagnostics are a zip with Switchboard&apos;s version, this computer&apos;s system, the settings, the profiles with their keys masked, the names of the files in the data folder and the recent log. No API secret,
        full API key, SIP password, call or number list is in it.
      </Text>
      <Button variant="default" loading={saving} onClick={() => void save()}>
        Save diagnostics…
      </Button>
    </SettingsCard>
  );
}
