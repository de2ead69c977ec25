import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput, type ComboboxItem } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import type { AgentGroup, TrunkRecord } from '../../../../contract/schemas/trunks';
import { newGroupRow, type TrunkFormValues } from './form-values';
import { errorWords } from '../../i18n/said';

/**
 * "Support Tier 1 (104)": the name people know the group by, and the id ITNIO files it under;
 * `unnamed` stands in for a name ITNIO left empty.
 */
const choiceOf = (voiceGroupId: number, groupName: string, unnamed: string): ComboboxItem => ({ value: String(voiceGroupId), label: `${groupName || unnamed} (${voiceGroupId})` });

/**
 * Every group the editor can offer: the call center's agent groups, plus any the trunk is bound to
 * that the list lacks (removed since, or the list could not be read), so a bound group still shows
 * by name.
 */
function groupChoices(known: readonly AgentGroup[], bound: TrunkRecord['groupList'], unnamed: string): ComboboxItem[] {
  const choices = known.map((group) => choiceOf(group.voiceGroupId, group.groupName, unnamed));
  for (const group of bound) if (!known.some((candidate) => candidate.voiceGroupId === group.groupId)) choices.push(choiceOf(group.groupId, group.groupName, unnamed));
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
  const { t } = useTranslation('trunks');
  const rows = form.values.groupList;
  const choices = groupChoices(known, bound, t('unnamedGroup'));
  const picked = new Set(rows.map((row) => row.voiceGroupId).filter((id) => id !== ''));

  return (
    <Fieldset legend={t('groups.legend')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {incoming ? t('groups.incoming') : t('groups.outgoing')}
        </Text>
        {loadError && (
          <Alert color="red" variant="light" title={t('groups.loadError', { message: errorWords(loadError).message })} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('groups.kept', { hint: errorWords(loadError).hint ?? t('groups.tryAgain') })}</Text>
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('groups.retry')}
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
                label={t('groups.pick.label', { n: index + 1 })}
                required
                placeholder={t('groups.pick.placeholder')}
                data={data}
                searchable
                allowDeselect={false}
                nothingFoundMessage={choices.length === 0 ? t('groups.pick.nothingToPick') : t('groups.pick.noOtherMatch')}
                style={{ flex: 1 }}
                {...form.getInputProps(path)}
                value={row.voiceGroupId || null}
                onChange={(value) => form.setFieldValue(path, value ?? '')}
              />
              {incoming && (
                <TextInput
                  label={t('groups.number.label', { n: index + 1 })}
                  required
                  description={t('groups.number.description')}
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
                aria-label={t('groups.removeLabel', { n: index + 1 })}
                onClick={() => form.removeListItem('groupList', index)}
              >
                {t('groups.remove')}
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
            {t('groups.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
