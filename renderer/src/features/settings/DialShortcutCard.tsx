import { Alert, Button, Group, Text, TextInput } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { acceleratorProblem, type dialShortcutStatus } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { showError } from '../../ui/toasts';

type ShortcutStatus = z.output<typeof dialShortcutStatus>;

/**
 * "Dial the number on the clipboard": a global shortcut, off until the operator sets one. A press
 * anywhere brings the Dialer forward with the copied number in; nothing is dialled until Call.
 */
export function DialShortcutCard() {
  const [status, setStatus] = useState<ShortcutStatus>();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void bridge()
      .app.dialShortcut()
      .then((result) => {
        if (!result.ok) return showError(result.error);
        setStatus(result.value);
        setTyped(result.value.accelerator ?? '');
      });
  }, []);

  const change = async (accelerator: string | null) => {
    const rule = accelerator === null ? undefined : acceleratorProblem(accelerator.trim());
    if (rule) return setProblem(`The shortcut ${rule}.`);
    setBusy(true);
    const result = await bridge().app.setDialShortcut({ accelerator: accelerator?.trim() ?? null });
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setTyped(result.value.accelerator ?? '');
      setProblem(undefined);
    } else if (result.error.field === 'accelerator') setProblem(result.error.message);
    else showError(result.error);
  };

  return (
    <SettingsCard title="Dial the number on the clipboard">
      <Text size="sm">Copy a number anywhere, press the shortcut, and the Dialer comes forward with it filled in. Nothing is dialled until you press Call.</Text>
      {status && !status.available ? (
        <Alert color="gray" title="Only in the installed app">
          This window cannot have a global shortcut: the installed Switchboard app can.
        </Alert>
      ) : (
        <>
          {status?.accelerator && !status.registered && (
            <Alert color="yellow" title={`${status.accelerator} does not work now`}>
              Another app took it after you chose it. Choose another shortcut, or close that app and restart Switchboard.
            </Alert>
          )}
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Shortcut"
              description={status?.accelerator ? `Set to ${status.accelerator}` : 'Off: no shortcut is set'}
              placeholder="CommandOrControl+Shift+D"
              value={typed}
              error={problem}
              disabled={!status || busy}
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                setProblem(undefined);
              }}
              w={320}
            />
            <Button onClick={() => void change(typed)} disabled={!status || busy || !typed.trim()}>
              Set shortcut
            </Button>
            {status?.accelerator && (
              <Button variant="default" onClick={() => void change(null)} disabled={busy}>
                Turn off
              </Button>
            )}
          </Group>
        </>
      )}
    </SettingsCard>
  );
}
