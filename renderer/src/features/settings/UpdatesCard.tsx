import { Alert, Button, Code, Group, Progress, Select, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { Result } from '../../../../contract/result';
import type { UpdateChecks, UpdateStatus } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { dateTime } from '../../ui/format';
import { useMainSetting } from './main-setting';
import { SettingsCard } from './SettingsCard';

const CHECKS: { value: UpdateChecks; label: string }[] = [
  { value: 'daily', label: 'Once a day' },
  { value: 'weekly', label: 'Once a week' },
  { value: 'never', label: 'Never (only when I check)' },
];

const read = () => bridge().app.updates();
/** Each button asks main for one step; the card shows the status main answers. */
const ask = (step: () => Promise<Result<UpdateStatus>>) => step();

/** Updates from the organisation's feed: how often to look, and each step on the operator's word. */
export function UpdatesCard() {
  const { value: status, saving: asking, save: run, show } = useMainSetting(read, ask);

  useEffect(() => bridge().events.on('updates.changed', show), [show]);

  if (!status) return null;
  if (status.feed === null) {
    return (
      <SettingsCard title="Updates" testId="updates-card">
        <Text size="sm">
          Switchboard {status.version} looks for updates only at an update feed your organisation names in its policy file. None is named on this computer, so Switchboard
          never looks.
        </Text>
      </SettingsCard>
    );
  }

  const { progress } = status;
  return (
    <SettingsCard title="Updates" testId="updates-card">
      <Text size="sm">
        Switchboard {status.version} is running. Updates come from <Code>{status.feed}</Code>, set by your organisation; nothing is downloaded or installed until you say so.
      </Text>
      {!status.available && (
        <Alert color="gray" variant="light" title="This copy does not update itself">
          Only an installed Switchboard app updates itself (the installer, the AppImage, the deb or the Mac app); this one is not, or was started from its sources.
        </Alert>
      )}
      <Select
        label="Look for updates"
        data={CHECKS}
        value={status.checks}
        allowDeselect={false}
        disabled={!status.available || asking}
        onChange={(value) => value && void run(() => bridge().app.setUpdateChecks({ checks: value as UpdateChecks }))}
        maw={280}
      />
      <Text size="sm" c="dimmed">
        {status.lastCheckedAt ? `Last looked ${dateTime(status.lastCheckedAt)}.` : 'Not looked for yet.'}
      </Text>
      <div aria-live="polite">
        {progress.step === 'checking' && <Text size="sm">Looking for an update…</Text>}
        {progress.step === 'upToDate' && <Text size="sm">Switchboard {status.version} is the latest version.</Text>}
        {progress.step === 'available' && <Text size="sm">Switchboard {progress.version} is available.</Text>}
        {progress.step === 'downloading' && (
          <>
            <Text size="sm">
              Downloading Switchboard {progress.version}: {progress.percent}%
            </Text>
            <Progress value={progress.percent} aria-label={`Download of Switchboard ${progress.version}`} />
          </>
        )}
        {progress.step === 'ready' && <Text size="sm">Switchboard {progress.version} is downloaded and its checksum verified. It is installed when Switchboard restarts for it.</Text>}
        {progress.step === 'failed' && (
          <Alert color="red" variant="light" title="The update did not go through">
            {progress.message} {progress.hint}
          </Alert>
        )}
      </div>
      <Group gap="sm">
        <Button variant="default" disabled={!status.available || progress.step === 'downloading'} loading={progress.step === 'checking'} onClick={() => void run(() => bridge().app.checkForUpdate())}>
          Check now
        </Button>
        {progress.step === 'available' && (
          <Button disabled={asking} onClick={() => void run(() => bridge().app.downloadUpdate())}>
            Download {progress.version}
          </Button>
        )}
        {progress.step === 'ready' && (
          <Button disabled={asking} onClick={() => void run(() => bridge().app.installUpdate())}>
            Restart and install {progress.version}
          </Button>
        )}
      </Group>
    </SettingsCard>
  );
}
