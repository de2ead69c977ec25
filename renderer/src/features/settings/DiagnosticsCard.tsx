import { Button, Paper, Stack, Text, Title } from '@mantine/core';
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
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="diagnostics-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="diagnostics-heading">
          Support
        </Title>
        <Text size="sm">
          Diagnostics are a zip with Switchboard&apos;s version, this computer&apos;s system, the settings, the profiles with their keys masked, the names of the files in the data folder and the recent log. No API secret,
          full API key, SIP password, call or number list is in it.
        </Text>
        <Button variant="default" loading={saving} onClick={() => void save()}>
          Save diagnostics…
        </Button>
      </Stack>
    </Paper>
  );
}
