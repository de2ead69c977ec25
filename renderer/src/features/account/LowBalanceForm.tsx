import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLowBalanceInput } from '../../../../contract/schemas/account';
import { fieldMessage, schemaRules } from '../../ui/field-errors';
import { amount } from '../../ui/format';
import { showSuccess } from '../../ui/toasts';
import { useAccount } from './store';

const validateThreshold = schemaRules(setLowBalanceInput);

/** Sets or clears the active profile's low-balance warning level; `current` is undefined until the balance is read. */
export function LowBalanceForm({ current, onDone }: { current: number | null | undefined; onDone: () => void }) {
  const { t } = useTranslation('account');
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
    if (level === null) showSuccess(t('warning.off'));
    else showSuccess(t('warning.set'), t('warning.setMessage', { level: amount(level) }));
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values.threshold as number | ''))} noValidate aria-label={t('warning.title')}>
      <Stack gap="sm">
        {current !== undefined && (
          <Text size="sm" c="dimmed">
            {current === null ? t('warning.none') : t('warning.now', { level: amount(current) })}
          </Text>
        )}
        <NumberInput
          label={t('warning.label')}
          description={t('warning.description')}
          min={0}
          data-autofocus
          {...form.getInputProps('threshold')}
        />
        <Group justify="flex-end" gap="xs">
          {typeof current === 'number' && (
            <Button variant="default" disabled={busy} onClick={() => void save(null)}>
              {t('warning.turnOff')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {t('warning.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
