import '@mantine/dropzone/styles.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useTranslation } from 'react-i18next';
import { CONTACT_FILE_MAX_BYTES, type ContactImport } from '../../../../contract/schemas/contacts';
import { numeral } from '../../ui/format';
import { showError } from '../../ui/toasts';
import { useDialer } from '../calls/store';
import { useContacts } from './contacts-store';
import { ImportReport } from './ImportReport';

const FORMAT_KEYS = {
  'google-csv': 'googleCsv',
  'outlook-csv': 'outlookCsv',
  'plain-csv': 'plainCsv',
  vcard: 'vcard',
} as const satisfies Record<Extract<ContactImport, { chosen: true }>['format'], string>;

const FILE_MB = CONTACT_FILE_MAX_BYTES / (1024 * 1024);

/** Contacts from a file: dropped on the zone, or chosen in main's own dialog. Main reads and checks it. */
export function ContactImportZone() {
  const { t } = useTranslation('contacts');
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
          showError({
            kind: 'file',
            message: t('contactImport.tooLarge', { file: rejected?.file.name ?? t('contactImport.theFile'), size: numeral(FILE_MB) }),
            hint: t('contactImport.tooLargeHint'),
          })
        }
        aria-label={t('contactImport.zone')}
        inputProps={{ 'aria-label': t('contactImport.file') }}
        data-testid="contact-drop-zone"
      >
        <Group justify="space-between" wrap="nowrap" mih={48}>
          <Text size="sm" c="dimmed">
            {t('contactImport.about')}
          </Text>
          <Button variant="default" onClick={() => void importFile(undefined, homeCountry)} loading={importing} style={{ flexShrink: 0 }}>
            {t('contactImport.choose')}
          </Button>
        </Group>
      </Dropzone>
      {lastImport && (
        <ImportReport
          id="contact-import-report"
          title={t('contactImport.title', { file: lastImport.fileName, format: t(`contactImport.format.${FORMAT_KEYS[lastImport.format]}`) })}
          summary={t('contactImport.summary', { count: lastImport.imported, merged: lastImport.merged, refused: lastImport.refused })}
          rows={lastImport.rows}
          onDismiss={dismissImport}
        />
      )}
    </Stack>
  );
}
