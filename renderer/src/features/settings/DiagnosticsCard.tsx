import { Button, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../ui/bridge';
import { showError, showSuccess } from '../../ui/toasts';

/** One zip for support, saved where the operator chooses; what it holds is said before it is made. */
export function DiagnosticsCard() {
  const { t } = useTranslation('settings');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const result = await bridge().app.saveDiagnostics();
    setSaving(false);
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess(t('diagnostics.saved'), t('diagnostics.savedTo', { path: result.value.path }));
  };
  return (
    <SettingsCard title={t('diagnostics.title')} align="flex-start">
      <Text size="sm">{t('diagnostics.about')}</Text>
      <Button variant="default" loading={saving} onClick={() => void save()}>
        {t('diagnostics.save')}
      </Button>
    </SettingsCard>
  );
}
