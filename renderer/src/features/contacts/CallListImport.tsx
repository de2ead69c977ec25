import '@mantine/dropzone/styles.css';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_LIST_LIMITS, CONTACT_FILE_MAX_BYTES } from '../../../../contract/schemas/contacts';
import { numeral } from '../../ui/format';
import { showError } from '../../ui/toasts';
import { CountryPicker } from '../calls/CountryPicker';
import { useDialer } from '../calls/store';
import { useCallLists } from './call-lists-store';
import { ImportReport } from './ImportReport';

/** What became of each row of the last import: the refused ones say why. */
function LastImport() {
  const { t } = useTranslation('contacts');
  const { lastImport, dismissImport } = useCallLists();
  if (!lastImport) return null;
  const { list, rows, imported, refused } = lastImport;
  return (
    <ImportReport
      id="call-list-import-report"
      title={t('listImport.title', { name: list.name })}
      summary={t('listImport.summary', { count: imported, refused })}
      rows={rows}
      onDismiss={dismissImport}
    />
  );
}

const FILE_MB = CONTACT_FILE_MAX_BYTES / (1024 * 1024);

/**
 * A CSV of numbers (with optional name and note columns) becomes a list of this profile: dropped
 * from the file manager, or chosen in main's own open dialog. Main reads and checks every row.
 */
export function CallListImport() {
  const { t } = useTranslation('contacts');
  const { importing, importFile } = useCallLists();
  const [name, setName] = useState('');
  const [defaultCountry, setDefaultCountry] = useState(() => useDialer.getState().homeCountry);
  const options = { name, defaultCountry };

  const dropped = async (file: File) => {
    // Main refuses it too; read nothing that large into the page.
    if (file.size > CONTACT_FILE_MAX_BYTES) {
      return showError({
        kind: 'file',
        message: t('listImport.tooLarge', { file: file.name, size: numeral(FILE_MB) }),
        hint: t('listImport.tooLargeHint'),
      });
    }
    if (await importFile({ ...options, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } })) setName('');
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-list-import-heading">
      <Title order={2} size="h4" mb="xs" id="call-list-import-heading">
        {t('listImport.heading')}
      </Title>
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <TextInput
            label={t('listImport.name')}
            description={t('listImport.nameAbout')}
            maxLength={CALL_LIST_LIMITS.name}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <CountryPicker
            label={t('listImport.country')}
            description={t('listImport.countryAbout')}
            placeholder={t('listImport.countryPlaceholder')}
            searchable
            clearable
            nothingFoundMessage={t('listImport.noCountry')}
            value={defaultCountry}
            onChange={setDefaultCountry}
          />
        </Group>
        <Dropzone
          onDrop={(files) => {
            if (files[0]) void dropped(files[0]);
          }}
          onReject={() => showError({ kind: 'file', message: t('listImport.oneFile'), hint: t('listImport.oneFileHint') })}
          multiple={false}
          // Picking goes through main's own dialog (the button below), not the page's file input.
          activateOnClick={false}
          activateOnKeyboard={false}
          loading={importing}
          role="group"
          aria-label={t('listImport.zone')}
          inputProps={{ 'aria-label': t('listImport.file') }}
        >
          <Stack align="center" gap={4} py="md">
            <Dropzone.Idle>
              <Text size="sm">{t('listImport.idle')}</Text>
            </Dropzone.Idle>
            <Dropzone.Accept>
              <Text size="sm">{t('listImport.accept')}</Text>
            </Dropzone.Accept>
            <Text size="sm" c="dimmed">
              {t('listImport.limits', { entries: numeral(CALL_LIST_LIMITS.entries), size: numeral(FILE_MB) })}
            </Text>
          </Stack>
        </Dropzone>
        <Group>
          <Button
            variant="default"
            loading={importing}
            onClick={() => {
              void importFile(options).then((imported) => imported && setName(''));
            }}
          >
            {t('listImport.choose')}
          </Button>
        </Group>
        <LastImport />
      </Stack>
    </Paper>
  );
}
