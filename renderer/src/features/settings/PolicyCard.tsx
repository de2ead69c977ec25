import { Alert, Code, List, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { inWindowLanguage } from '../../i18n/said';
import { usePolicy } from '../profiles/policy';

/** What the machine's policy fixes on this workstation, in words; none of it can be changed here. */
export function PolicyCard() {
  const { t } = useTranslation('settings');
  const { policy, load } = usePolicy();

  useEffect(() => {
    void load();
  }, [load]);

  if (!policy || policy.state === 'none') return null;
  const fixed = [
    policy.baseUrl && t('policy.baseUrl', { url: policy.baseUrl }),
    policy.hideSandbox && t('policy.hideSandbox'),
    policy.presets.length > 0 && t('policy.presets', { names: policy.presets.map((preset) => preset.name).join(t('policy.presetSeparator')) }),
    policy.updateFeed && t('policy.updateFeed', { feed: policy.updateFeed }),
  ].filter((line) => typeof line === 'string');

  return (
    <SettingsCard title={t('policy.title')} testId="policy-card">
      <Text size="sm">
        <Trans t={t} i18nKey="policy.source" values={{ path: policy.path }} components={{ code: <Code /> }} />
      </Text>
      {policy.state === 'invalid' ? (
        <Alert color="red" variant="light" title={t('policy.invalidTitle')}>
          {t('policy.invalid', { problem: inWindowLanguage(policy.problem ?? '', policy.problemSay) })}
        </Alert>
      ) : fixed.length > 0 ? (
        <List size="sm" spacing={4}>
          {fixed.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('policy.nothing')}</Text>
      )}
    </SettingsCard>
  );
}
