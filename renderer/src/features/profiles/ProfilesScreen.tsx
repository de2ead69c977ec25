import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
import { numeral } from '../../ui/format';
import { showError, showSuccess } from '../../ui/toasts';
import { ConnectionResult } from './ConnectionResult';
import { ProfileForm } from './ProfileForm';
import { useSwitchProfile } from './confirm-switch';
import type { ProfileFileFields } from './profile-values';
import { presetNamed } from '../../../../contract/schemas/policy';
import { usePolicy } from './policy';
import { useProfiles } from './store';
import { bridge } from '../../ui/bridge';

type Editing = { mode: 'add'; from?: { fileName: string; profile: ProfileFileFields } | { preset: ProfileFileFields } } | { mode: 'edit'; profile: ProfileSummary } | undefined;

export function ProfilesScreen() {
  const { t } = useTranslation(['profiles', 'common']);
  const { list, load, remove, test, testing, reports } = useProfiles();
  const { switchTo, confirmation } = useSwitchProfile();
  const [editing, setEditing] = useState<Editing>();
  const [removing, setRemoving] = useState<ProfileSummary>();
  const { policy, load: loadPolicy } = usePolicy();

  useEffect(() => {
    void load();
    void loadPolicy();
  }, [load, loadPolicy]);

  // The policy's presets this workstation has not set up yet: each waits for the operator's key and secret.
  const waiting = policy?.presets.filter((preset) => !list?.profiles.some((profile) => presetNamed(policy, profile.name) === preset)) ?? [];

  /** A saved profile is called ready only once a real request proved it; its row shows the details. */
  const afterSave = async (profile: ProfileSummary, added: boolean) => {
    setEditing(undefined);
    const result = await test(profile.id);
    if (result.ok) showSuccess(added ? t('toast.added') : t('toast.saved'), t('toast.ready', { name: profile.name, latency: numeral(result.value.latencyMs) }));
    else showError({ kind: result.error.kind, message: t('toast.cannotConnect', { name: profile.name }), hint: t('toast.cannotConnectHint') });
  };

  // A file another computer exported fills the Add dialog; its key and secret are typed there.
  const importFile = async () => {
    const result = await bridge().profiles.importFile();
    if (!result.ok) showError(result.error);
    else if (result.value.chosen) setEditing({ mode: 'add', from: { fileName: result.value.fileName, profile: result.value.profile } });
  };

  const exportFile = async (profile: ProfileSummary) => {
    const result = await bridge().profiles.exportFile({ id: profile.id });
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess(t('toast.exported'), t('toast.exportedTo', { name: profile.name, path: result.value.path }));
  };

  return (
    <Stack>
      {confirmation}
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('screen.about')}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => void importFile()}>
            {t('screen.import')}
          </Button>
          <Button onClick={() => setEditing({ mode: 'add' })}>{t('form.add')}</Button>
        </Group>
      </Group>
      {waiting.length > 0 && (
        <Alert color="blue" variant="light" title={t('presets.title')} data-testid="policy-presets">
          <Stack gap="xs">
            <Text size="sm">{t('presets.about')}</Text>
            {waiting.map((preset) => (
              <Group key={preset.name} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <Text span fw={600}>
                    {preset.name}
                  </Text>{' '}
                  · {preset.baseUrl} · {preset.appId}
                </Text>
                <Button size="xs" onClick={() => setEditing({ mode: 'add', from: { preset } })} aria-label={t('presets.setUpLabel', { name: preset.name })}>
                  {t('presets.setUp')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {!list ? (
        <Text size="sm">{t('screen.loading')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('screen.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common:name')}</Table.Th>
              <Table.Th>{t('field.baseUrl')}</Table.Th>
              <Table.Th>{t('field.appId')}</Table.Th>
              <Table.Th>{t('field.apiKey')}</Table.Th>
              <Table.Th>{t('field.registrar')}</Table.Th>
              <Table.Th>{t('common:actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.profiles.map((profile) => {
              const active = profile.id === list.activeId;
              return (
                <Table.Tr key={profile.id} data-testid={`profile-${profile.name}`}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={active ? 700 : 400}>{profile.name}</Text>
                      {active && <Badge color="teal">{t('screen.active')}</Badge>}
                      {profile.sandbox && <Badge color="orange" variant="light">
                          {t('sandbox')}
                        </Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{profile.baseUrl}</Table.Td>
                  <Table.Td>{profile.appId}</Table.Td>
                  <Table.Td>
                    <Text ff="monospace">{profile.apiKeyMasked}</Text>
                  </Table.Td>
                  <Table.Td>
                    {profile.registrar ? (
                      `${profile.registrar.host}:${profile.registrar.port} · ${profile.registrar.transport.toUpperCase()}`
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('screen.notRecorded')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {!active && (
                        <Button size="xs" variant="light" onClick={() => switchTo(profile)} aria-label={t('screen.useLabel', { name: profile.name })}>
                          {t('screen.use')}
                        </Button>
                      )}
                      <Button size="xs" variant="light" loading={testing === profile.id} onClick={() => void test(profile.id)} aria-label={t('screen.testLabel', { name: profile.name })}>
                        {t('connection.test')}
                      </Button>
                      {!profile.sandbox && (
                        <>
                          <Button size="xs" variant="default" onClick={() => setEditing({ mode: 'edit', profile })} aria-label={t('screen.editLabel', { name: profile.name })}>
                            {t('screen.edit')}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => void exportFile(profile)} aria-label={t('screen.exportLabel', { name: profile.name })}>
                            {t('screen.export')}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(profile)} aria-label={t('screen.removeLabel', { name: profile.name })}>
                            {t('screen.remove')}
                          </Button>
                        </>
                      )}
                    </Group>
                    {reports[profile.id] && <ConnectionResult result={reports[profile.id]!} />}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal size="lg" opened={editing !== undefined} onClose={() => setEditing(undefined)} title={
          editing?.mode === 'edit'
            ? t('screen.editLabel', { name: editing.profile.name })
            : editing?.from
              ? 'preset' in editing.from
                ? t('presets.setUpLabel', { name: editing.from.preset.name })
                : t('screen.addFrom', { file: editing.from.fileName })
              : t('form.add')
        }>
        {editing && (
          <ProfileForm
            editing={editing.mode === 'edit' ? editing.profile : undefined}
            {...(editing.mode === 'add' && editing.from ? { prefill: 'preset' in editing.from ? editing.from.preset : editing.from.profile } : {})}
            onSaved={(profile) => void afterSave(profile, editing.mode === 'add')}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Modal>
      <Modal opened={removing !== undefined} onClose={() => setRemoving(undefined)} title={t('removal.title')}>
        {removing && (
          <Stack>
            <Alert color="red" variant="light">
              {t('removal.body', { name: removing.name })}
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(undefined)} data-autofocus>
                {t('removal.keep')}
              </Button>
              <Button
                color="red"
                onClick={() => {
                  const target = removing;
                  setRemoving(undefined);
                  void remove(target.id).then((removed) => removed && showSuccess(t('toast.removed'), target.name));
                }}
              >
                {t('screen.removeLabel', { name: removing.name })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
