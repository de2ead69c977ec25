import '@mantine/dropzone/styles.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { CONTACT_FILE_MAX_BYTES, type ContactImport } from '../../../../contract/schemas/contacts';
import { countOf } from '../../ui/format';
import { showError } from '../../ui/toasts';
import { useDialer } from '../calls/store';
import { useContacts } from './contacts-store';
import { ImportReport } from './ImportReport';

const FORMAT_NAMES: Record<Extract<ContactImport, { chosen: true }>['format'], string> = {
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  'plain-csv': 'CSV of names and numbers',
  vcard: 'vCard',
};

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
      {lastImport && (
        <ImportReport
          id="contact-import-report"
          title={`${lastImport.fileName} (${FORMAT_NAMES[lastImport.format]})`}
          summary={`${countOf(lastImport.imported, 'contact')} imported, ${lastImport.merged} merged, ${lastImport.refused} refused.`}
          rows={lastImport.rows}
          onDismiss={dismissImport}
        />
      )}
    </Stack>
  );
}
