import { Alert, Button, Group, Text, TextInput } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { acceleratorProblem, type dialShortcutStatus } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { showError } from '../../ui/toasts';
import { errorWords, ruleWords } from '../../i18n/said';

type ShortcutStatus = z.output<typeof dialShortcutStatus>;

/**
 * "Dial the number on the clipboard": a global shortcut, off until the operator sets one. A press
 * anywhere brings the Dialer forward with the copied number in; nothing is dialled until Call.
 */
export function DialShortcutCard() {
  const { t } = useTranslation('settings');
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
    if (rule) return setProblem(t('dialShortcut.problem', { rule: ruleWords(rule) }));
    setBusy(true);
    const result = await bridge().app.setDialShortcut({ accelerator: accelerator?.trim() ?? null });
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setTyped(result.value.accelerator ?? '');
      setProblem(undefined);
    } else if (result.error.field === 'accelerator') setProblem(errorWords(result.error).message);
    else showError(result.error);
  };

  return (
    <SettingsCard title={t('dialShortcut.title')}>
      <Text size="sm">{t('dialShortcut.about')}</Text>
      {status && !status.available ? (
        <Alert color="gray" title={t('onlyInstalled')}>
          {t('dialShortcut.unavailable')}
        </Alert>
      ) : (
        <>
          {status?.accelerator && !status.registered && (
            <Alert color="yellow" title={t('dialShortcut.takenTitle', { shortcut: status.accelerator })}>
              {t('dialShortcut.taken')}
            </Alert>
          )}
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('dialShortcut.label')}
              description={status?.accelerator ? t('dialShortcut.setTo', { shortcut: status.accelerator }) : t('dialShortcut.off')}
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
              {t('dialShortcut.set')}
            </Button>
            {status?.accelerator && (
              <Button variant="default" onClick={() => void change(null)} disabled={busy}>
                {t('dialShortcut.turnOff')}
              </Button>
            )}
          </Group>
        </>
      )}
    </SettingsCard>
  );
}
