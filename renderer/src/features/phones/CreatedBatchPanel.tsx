import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedBatch } from '../../../../contract/schemas/phones';
import { inWindowLanguage } from '../../i18n/said';
import { usePhones } from './store';

/** The batch just created, as ITNIO lists it, with its provisioning sheet one click away. */
export function CreatedBatchPanel({ batch }: { batch: CreatedBatch }) {
  const { t } = useTranslation(['phones', 'common']);
  const { exportCsv, exporting, dismissBatch } = usePhones();
  const heading = useRef<HTMLHeadingElement>(null);

  // Screen-reader and keyboard users land on the new batch, not back at the top of the form.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="created-batch-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="created-batch-heading" tabIndex={-1} ref={heading}>
          {t('batch.title', { count: batch.quantity, group: batch.groupName })}
        </Title>
        {batch.readBackError ? (
          <Alert color="orange" variant="light" title={inWindowLanguage(batch.readBackError.message, batch.readBackError.say?.message)}>
            {batch.readBackError.hint === undefined ? t('batch.readBackHint') : inWindowLanguage(batch.readBackError.hint, batch.readBackError.say?.hint)}
          </Alert>
        ) : (
          <Table aria-label={t('batch.tableLabel', { group: batch.groupName })} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common:account')}</Table.Th>
                <Table.Th>{t('common:name')}</Table.Th>
                <Table.Th>{t('batch.callerId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batch.phones.map((phone) => (
                <Table.Tr key={phone.account}>
                  <Table.Td ff="monospace">{phone.account}</Table.Td>
                  <Table.Td>{phone.phoneName}</Table.Td>
                  <Table.Td>{phone.displayNum}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" c="dimmed">
          {t('batch.csvNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={dismissBatch}>
            {t('batch.dismiss')}
          </Button>
          <Button loading={exporting} onClick={() => void exportCsv({ groupName: batch.groupName, appId: batch.appId })}>
            {t('batch.saveCsv', { group: batch.groupName })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
