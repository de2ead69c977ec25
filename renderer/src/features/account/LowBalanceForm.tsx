import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { setLowBalanceInput } from '../../../../contract/schemas/account';
import { fieldMessage } from '../../ui/field-errors';
import { showSuccess } from '../../ui/toasts';
import { useAccount } from './store';

const validateThreshold = schemaResolver(setLowBalanceInput, { sync: true });

/** Sets or clears the active profile's low-balance warning level; `current` is undefined until the balance is read. */
export function LowBalanceForm({ current, onDone }: { current: number | null | undefined; onDone: () => void }) {
  const setThreshold = useAccount((state) => state.setThreshold);
  const [busy, setBusy] = useState(false);
  const form = useForm<{ threshold: number | string }>({
    mode: 'controlled',
    initialValues: { threshold: current ?? '' },
    validate: (values) => validateThreshold(values),
  });

  const save = async (threshold: number | '' | null) => {
    setBusy(true);
    const result = await setThreshold(threshold);
    setBusy(false);
    if (!result.ok) {
      // The form's one field: whatever stopped the save is said under it.
      form.setFieldError('threshold', fieldMessage(result.error));
      return;
    }
    const level = result.value.threshold;
    showSuccess(level === null ? 'Low-balance warning off' : 'Low-balance warning set', level === null ? undefined : `You are warned while the balance is under ${level.toFixed(2)}.`);
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values.threshold as number | ''))} noValidate aria-label="Low-balance warning">
      <Stack gap="sm">
        {current !== undefined && (
          <Text size="sm" c="dimmed">
            {current === null ? 'No warning is set for this profile.' : `Now: warn below ${current.toFixed(2)}.`}
          </Text>
        )}
        <NumberInput
          label="Warn when the balance is under"
          description="In the account's currency; leave empty for no warning"
          min={0}
          data-autofocus
          {...form.getInputProps('threshold')}
        />
        <Group justify="flex-end" gap="xs">
          {typeof current === 'number' && (
            <Button variant="default" disabled={busy} onClick={() => void save(null)}>
              Turn off
            </Button>
          )}
          <Button type="submit" loading={busy}>
            Save warning
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
