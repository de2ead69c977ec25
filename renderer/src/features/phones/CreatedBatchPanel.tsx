import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { CreatedBatch } from '../../../../contract/schemas/phones';
import { countOf } from '../../ui/format';
import { usePhones } from './store';

/** The batch just created, as ITNIO lists it, with its provisioning sheet one click away. */
export function CreatedBatchPanel({ batch }: { batch: CreatedBatch }) {
  const { exportCsv, exporting, dismissBatch } = usePhones();
  const heading = useRef<HTMLHeadingElement>(null);

  // Screen-reader and keyboard users land on the new batch, not back at the top of the form.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="created-batch-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="created-batch-heading" tabIndex={-1} ref={heading}>
          Created {countOf(batch.quantity, 'phone')} in {batch.groupName}
        </Title>
        {batch.readBackError ? (
          <Alert color="orange" variant="light" title={batch.readBackError.message}>
            {batch.readBackError.hint ?? 'Refresh the phone list to see them.'}
          </Alert>
        ) : (
          <Table aria-label={`Phones created in ${batch.groupName}`} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Caller ID</Table.Th>
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
          The CSV holds each phone's SIP password, for setting up the handsets: store it somewhere safe.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={dismissBatch}>
            Dismiss
          </Button>
          <Button loading={exporting} onClick={() => void exportCsv({ groupName: batch.groupName, appId: batch.appId })}>
            Save {batch.groupName} as CSV…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
