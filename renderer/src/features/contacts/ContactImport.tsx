import '@mantine/dropzone/styles.css';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { CONTACT_FILE_MAX_BYTES, type ContactImport } from '../../../../contract/schemas/contacts';
import { countOf } from '../../ui/format';
import { showError } from '../../ui/toasts';
import { useDialer } from '../calls/store';
import { useContacts } from './contacts-store';

const FORMAT_NAMES: Record<Extract<ContactImport, { chosen: true }>['format'], string> = {
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  'plain-csv': 'CSV of names and numbers',
  vcard: 'vCard',
};

const RESULT_COLORS = { imported: 'green', merged: 'blue', refused: 'red' } as const;

/** What became of each row of the last import: imported, merged into a contact, or refused and why. */
function ImportReport({ report, onDismiss }: { report: Extract<ContactImport, { chosen: true }>; onDismiss: () => void }) {
  return (
    <Alert
      variant="light"
      color={report.refused > 0 ? 'orange' : 'green'}
      title={`${report.fileName} (${FORMAT_NAMES[report.format]}): ${countOf(report.imported, 'contact')} imported, ${report.merged} merged, ${report.refused} refused`}
      withCloseButton
      closeButtonLabel="Close the import report"
      onClose={onDismiss}
      data-testid="contact-import-report"
    >
      <Table.ScrollContainer minWidth={400} mah={240}>
        <Table striped withTableBorder aria-label="Import report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.line} data-result={row.result}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.name || '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={RESULT_COLORS[row.result]}>
                    {row.result}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}

/** Contacts from a file: dropped on the zone, or chosen in main's own dialog. Main reads and checks it. */
export function ContactImportZone() {
  const { importing, lastImport, importFile, dismissImport } = useContacts();
  const homeCountry = useDialer((state) => state.homeCountry);
  const dropped = async (files: File[]) => {
    const [file] = files;
    if (file) await importFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, homeCountry);
  };
  return (
    <Stack gap="xs">
      <Dropzone
        onDrop={(files) => void dropped(files)}
        loading={importing}
        multiple={false}
        maxSize={CONTACT_FILE_MAX_BYTES}
        activateOnClick={false}
        onReject={([rejected]) =>
          showError({ kind: 'file', message: `${rejected?.file.name ?? 'The file'} is larger than ${CONTACT_FILE_MAX_BYTES / (1024 * 1024)} MB, so it was not read.`, hint: 'Split it into smaller files and import each.' })
        }
        aria-label="Drop a contacts file (CSV or vCard) here"
        data-testid="contact-drop-zone"
      >
        <Group justify="space-between" wrap="nowrap" mih={48}>
          <Text size="sm" c="dimmed">
            Drop a CSV (Google, Outlook, or name,number) or vCard file here. Numbers without a country code are read as dialled from the Dialer’s country.
          </Text>
          <Button variant="default" onClick={() => void importFile(undefined, homeCountry)} loading={importing} style={{ flexShrink: 0 }}>
            Import from file…
          </Button>
        </Group>
      </Dropzone>
      {lastImport && <ImportReport report={lastImport} onDismiss={dismissImport} />}
    </Stack>
  );
}
