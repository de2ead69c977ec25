import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
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
    if (result.ok) showSuccess(added ? 'Profile added' : 'Profile saved', `${profile.name} is ready: ITNIO answered in ${result.value.latencyMs} ms.`);
    else showError({ kind: result.error.kind, message: `${profile.name} was saved, but it cannot connect`, hint: 'What ITNIO answered is under the profile; choose Edit to correct it.' });
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
    else if (result.value.saved) showSuccess('Profile exported', `${profile.name} was saved to ${result.value.path}, without its API key or secret.`);
  };

  return (
    <Stack>
      {confirmation}
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Each profile is one ITNIO account. Keys and secrets are kept in the OS keychain.
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => void importFile()}>
            Import profile…
          </Button>
          <Button onClick={() => setEditing({ mode: 'add' })}>Add profile</Button>
        </Group>
      </Group>
      {waiting.length > 0 && (
        <Alert color="blue" variant="light" title="Profiles from your organisation" data-testid="policy-presets">
          <Stack gap="xs">
            <Text size="sm">Your organisation set these up for this workstation. Add your API key and secret to use one.</Text>
            {waiting.map((preset) => (
              <Group key={preset.name} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <Text span fw={600}>
                    {preset.name}
                  </Text>{' '}
                  · {preset.baseUrl} · {preset.appId}
                </Text>
                <Button size="xs" onClick={() => setEditing({ mode: 'add', from: { preset } })} aria-label={`Set up ${preset.name}`}>
                  Set up…
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {!list ? (
        <Text size="sm">Loading profiles…</Text>
      ) : (
        <Table striped highlightOnHover aria-label="Profiles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>API base URL</Table.Th>
              <Table.Th>App ID</Table.Th>
              <Table.Th>API key</Table.Th>
              <Table.Th>SIP registrar</Table.Th>
              <Table.Th>Actions</Table.Th>
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
                      {active && <Badge color="teal">Active</Badge>}
                      {profile.sandbox && <Badge color="orange" variant="light">Sandbox</Badge>}
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
                        Not recorded
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {!active && (
                        <Button size="xs" variant="light" onClick={() => switchTo(profile)} aria-label={`Use ${profile.name}`}>
                          Use
                        </Button>
                      )}
                      <Button size="xs" variant="light" loading={testing === profile.id} onClick={() => void test(profile.id)} aria-label={`Test connection of ${profile.name}`}>
                        Test connection
                      </Button>
                      {!profile.sandbox && (
                        <>
                          <Button size="xs" variant="default" onClick={() => setEditing({ mode: 'edit', profile })} aria-label={`Edit ${profile.name}`}>
                            Edit
                          </Button>
                          <Button size="xs" variant="default" onClick={() => void exportFile(profile)} aria-label={`Export ${profile.name}`}>
                            Export…
                          </Button>
                          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(profile)} aria-label={`Remove ${profile.name}`}>
                            Remove
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
      <Modal size="lg" opened={editing !== undefined} onClose={() => setEditing(undefined)} title={editing?.mode === 'edit' ? `Edit ${editing.profile.name}` : editing?.from ? ('preset' in editing.from ? `Set up ${editing.from.preset.name}` : `Add profile from ${editing.from.fileName}`) : 'Add profile'}>
        {editing && (
          <ProfileForm
            editing={editing.mode === 'edit' ? editing.profile : undefined}
            {...(editing.mode === 'add' && editing.from ? { prefill: 'preset' in editing.from ? editing.from.preset : editing.from.profile } : {})}
            onSaved={(profile) => void afterSave(profile, editing.mode === 'add')}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Modal>
      <Modal opened={removing !== undefined} onClose={() => setRemoving(undefined)} title="Remove profile?">
        {removing && (
          <Stack>
            <Alert color="red" variant="light">
              {removing.name} and its key and secret in the OS keychain will be deleted. This cannot be undone.
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(undefined)} data-autofocus>
                Keep it
              </Button>
              <Button
                color="red"
                onClick={() => {
                  const target = removing;
                  setRemoving(undefined);
                  void remove(target.id).then((removed) => removed && showSuccess('Profile removed', target.name));
                }}
              >
                Remove {removing.name}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
