import { Alert, Button, Code, Group, Progress, Select, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Result } from '../../../../contract/result';
import type { UpdateChecks, UpdateStatus } from '../../../../contract/schemas/app';
import { errorWords, sentence } from '../../i18n/said';
import { bridge } from '../../ui/bridge';
import { dateTime, numeral } from '../../ui/format';
import { useMainSetting } from './main-setting';
import { SettingsCard } from './SettingsCard';

// Each choice's label is under its name in the settings catalog's `updates.checks`.
const CHECKS: readonly UpdateChecks[] = ['daily', 'weekly', 'never'];

const read = () => bridge().app.updates();
/** Each button asks main for one step; the card shows the status main answers. */
const ask = (step: () => Promise<Result<UpdateStatus>>) => step();

/** Updates from the organisation's feed: how often to look, and each step on the operator's word. */
export function UpdatesCard() {
  const { t } = useTranslation('settings');
  const { value: status, saving: asking, save: run, show } = useMainSetting(read, ask);

  useEffect(() => bridge().events.on('updates.changed', show), [show]);

  if (!status) return null;
  if (status.feed === null) {
    return (
      <SettingsCard title={t('updates.title')} testId="updates-card">
        <Text size="sm">{t('updates.noFeed', { version: status.version })}</Text>
      </SettingsCard>
    );
  }

  const { progress } = status;
  return (
    <SettingsCard title={t('updates.title')} testId="updates-card">
      <Text size="sm">
        <Trans t={t} i18nKey="updates.running" values={{ version: status.version, feed: status.feed }} components={{ code: <Code /> }} />
      </Text>
      {!status.available && (
        <Alert color="gray" variant="light" title={t('updates.notSelfTitle')}>
          {t('updates.notSelf')}
        </Alert>
      )}
      <Select
        label={t('updates.checks.label')}
        data={CHECKS.map((checks) => ({ value: checks, label: t(`updates.checks.${checks}`) }))}
        value={status.checks}
        allowDeselect={false}
        disabled={!status.available || asking}
        onChange={(value) => value && void run(() => bridge().app.setUpdateChecks({ checks: value as UpdateChecks }))}
        maw={280}
      />
      <Text size="sm" c="dimmed">
        {status.lastCheckedAt ? t('updates.lastChecked', { time: dateTime(status.lastCheckedAt) }) : t('updates.notChecked')}
      </Text>
      <div aria-live="polite">
        {progress.step === 'checking' && <Text size="sm">{t('updates.checking')}</Text>}
        {progress.step === 'upToDate' && <Text size="sm">{t('updates.upToDate', { version: status.version })}</Text>}
        {progress.step === 'available' && <Text size="sm">{t('updates.available', { version: progress.version })}</Text>}
        {progress.step === 'downloading' && (
          <>
            <Text size="sm">{t('updates.downloading', { version: progress.version, percent: numeral(progress.percent) })}</Text>
            <Progress value={progress.percent} aria-label={t('updates.downloadLabel', { version: progress.version })} />
          </>
        )}
        {progress.step === 'ready' && <Text size="sm">{t('updates.ready', { version: progress.version })}</Text>}
        {progress.step === 'failed' && (
          <Alert color="red" variant="light" title={t('updates.failedTitle')}>
            {sentence(errorWords({ kind: 'internal', message: progress.message, hint: progress.hint, say: progress.say }))}
          </Alert>
        )}
      </div>
      <Group gap="sm">
        <Button variant="default" disabled={!status.available || progress.step === 'downloading'} loading={progress.step === 'checking'} onClick={() => void run(() => bridge().app.checkForUpdate())}>
          {t('updates.checkNow')}
        </Button>
        {progress.step === 'available' && (
          <Button disabled={asking} onClick={() => void run(() => bridge().app.downloadUpdate())}>
            {t('updates.download', { version: progress.version })}
          </Button>
        )}
        {progress.step === 'ready' && (
          <Button disabled={asking} onClick={() => void run(() => bridge().app.installUpdate())}>
            {t('updates.install', { version: progress.version })}
          </Button>
        )}
      </Group>
    </SettingsCard>
  );
}
