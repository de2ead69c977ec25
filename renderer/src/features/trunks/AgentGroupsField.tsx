import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput, type ComboboxItem } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AppError } from '../../../../contract/result';
import type { AgentGroup, TrunkRecord } from '../../../../contract/schemas/trunks';
import { newGroupRow, type TrunkFormValues } from './form-values';

/** "Support Tier 1 (104)": the name people know the group by, and the id ITNIO files it under. */
const choiceOf = (voiceGroupId: number, groupName: string): ComboboxItem => ({ value: String(voiceGroupId), label: `${groupName || 'Agent group'} (${voiceGroupId})` });

/**
 * Every group the editor can offer: the call center's agent groups, plus any the trunk is bound to
 * that the list lacks (removed since, or the list could not be read), so a bound group still shows
 * by name.
 */
function groupChoices(known: readonly AgentGroup[], bound: TrunkRecord['groupList']): ComboboxItem[] {
  const choices = known.map((group) => choiceOf(group.voiceGroupId, group.groupName));
  for (const group of bound) if (!known.some((candidate) => candidate.voiceGroupId === group.groupId)) choices.push(choiceOf(group.groupId, group.groupName));
  return choices;
}

interface AgentGroupsFieldProps {
  form: UseFormReturnType<TrunkFormValues>;
  incoming: boolean;
  known: AgentGroup[];
  /** The groups the trunk is bound to now, as the trunk list names them. */
  bound: TrunkRecord['groupList'];
  /** Why the call center's agent groups could not be read, with a way to try again. */
  loadError: AppError | undefined;
  onRetry: () => void;
}

/**
 * The trunk's agent groups, picked by name: at least one, each once (a group picked in one row is
 * not offered in the others), and on an incoming trunk the number each one answers.
 */
export function AgentGroupsField({ form, incoming, known, bound, loadError, onRetry }: AgentGroupsFieldProps) {
  const rows = form.values.groupList;
  const choices = groupChoices(known, bound);
  const picked = new Set(rows.map((row) => row.voiceGroupId).filter((id) => id !== ''));

  return (
    <Fieldset legend="Agent groups" variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {incoming ? 'Each agent group answers calls to the number bound to it on this trunk.' : 'Calls from these agent groups leave through this trunk.'}
        </Text>
        {loadError && (
          <Alert color="red" variant="light" title={`The agent groups could not be read: ${loadError.message}`} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{loadError.hint ?? 'Try again.'} Groups already on the trunk stay as they are.</Text>
              <Button size="xs" variant="default" onClick={onRetry}>
                Read agent groups again
              </Button>
            </Stack>
          </Alert>
        )}
        {rows.map((row, index) => {
          const path = `groupList.${index}.voiceGroupId`;
          const data = choices.filter((choice) => choice.value === row.voiceGroupId || !picked.has(choice.value));
          return (
            <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap" data-testid={`agent-group-row-${index + 1}`}>
              <Select
                label={`Agent group ${index + 1}`}
                required
                placeholder="Type a name to search"
                data={data}
                searchable
                allowDeselect={false}
                nothingFoundMessage={choices.length === 0 ? 'No agent groups to pick from' : 'No other agent group matches'}
                style={{ flex: 1 }}
                {...form.getInputProps(path)}
                value={row.voiceGroupId || null}
                onChange={(value) => form.setFieldValue(path, value ?? '')}
              />
              {incoming && (
                <TextInput
                  label={`Number for agent group ${index + 1}`}
                  required
                  description="Country code and number, digits only"
                  inputMode="numeric"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`groupList.${index}.number`)}
                />
              )}
              <Button
                variant="subtle"
                color="red"
                mt={24}
                disabled={rows.length === 1}
                aria-label={`Remove agent group ${index + 1}`}
                onClick={() => form.removeListItem('groupList', index)}
              >
                Remove
              </Button>
            </Group>
          );
        })}
        {form.errors.groupList ? (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {form.errors.groupList}
          </Text>
        ) : null}
        <Group>
          {/* Every group already picked: another row would have nothing to offer. */}
          <Button variant="light" disabled={choices.length > 0 && picked.size >= choices.length} onClick={() => form.insertListItem('groupList', newGroupRow())}>
            Add agent group
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
