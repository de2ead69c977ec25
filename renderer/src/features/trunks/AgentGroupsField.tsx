import { Autocomplete, Button, Fieldset, Group, Stack, Text, TextInput, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AgentGroup } from '../../../../contract/schemas/trunks';
import { newGroupRow, type TrunkFormValues } from './form-values';

/**
 * The trunk's agent groups: at least one, each once, and on an incoming trunk the number each
 * one answers. A group is picked from the call center's agent groups by id or name, or its id is
 * typed (the list of groups may be out of date or may have failed to load).
 */
export function AgentGroupsField({ form, incoming, known }: { form: UseFormReturnType<TrunkFormValues>; incoming: boolean; known: AgentGroup[] }) {
  const rows = form.values.groupList;
  const nameOf = (id: string) => known.find((group) => String(group.voiceGroupId) === id.trim())?.groupName;

  const filter: OptionsFilter = ({ options, search }) => {
    const needle = search.trim().toLowerCase();
    return options.filter((option: ComboboxParsedItem) => {
      if (!('value' in option)) return false;
      return !needle || option.value.includes(needle) || (nameOf(option.value) ?? '').toLowerCase().includes(needle);
    });
  };

  return (
    <Fieldset legend="Agent groups" variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {incoming ? 'Each agent group answers calls to the number bound to it on this trunk.' : 'Calls from these agent groups leave through this trunk.'}
        </Text>
        {rows.map((row, index) => {
          const others = new Set(rows.filter((_, other) => other !== index).map((other) => other.voiceGroupId.trim()));
          const options = known.map((group) => String(group.voiceGroupId)).filter((id) => !others.has(id));
          const name = row.voiceGroupId.trim() ? (nameOf(row.voiceGroupId) ?? 'Not among the agent groups listed') : 'Pick a group or type its id';
          return (
            <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap" data-testid={`agent-group-row-${index + 1}`}>
              <Autocomplete
                label={`Agent group ${index + 1}`}
                required
                description={name}
                data={options}
                filter={filter}
                renderOption={({ option }) => `${option.value} · ${nameOf(option.value) ?? ''}`}
                inputMode="numeric"
                style={{ flex: 1 }}
                {...form.getInputProps(`groupList.${index}.voiceGroupId`)}
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
          <Button variant="light" onClick={() => form.insertListItem('groupList', newGroupRow())}>
            Add agent group
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
