import '@mantine/dropzone/styles.css';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { CALL_LIST_LIMITS, CONTACT_FILE_MAX_BYTES } from '../../../../contract/schemas/contacts';
import { showError } from '../../ui/toasts';
import { CountryPicker } from '../calls/CountryPicker';
import { useDialer } from '../calls/store';
import { entryCount } from './call-list-format';
import { useCallLists } from './call-lists-store';
import { ImportReport } from './ImportReport';

/** What became of each row of the last import: the refused ones say why. */
function LastImport() {
  const { lastImport, dismissImport } = useCallLists();
  if (!lastImport) return null;
  const { list, rows, imported, refused } = lastImport;
  return <ImportReport id="call-list-import-report" title={`Imported ${list.name}`} summary={`${entryCount(imported)} imported, ${refused} refused.`} rows={rows} onDismiss={dismissImport} />;
}

/**
 * A CSV of numbers (with optional name and note columns) becomes a list of this profile: dropped
 * from the file manager, or chosen in main's own open dialog. Main reads and checks every row.
 */
export function CallListImport() {
  const { importing, importFile } = useCallLists();
  const [name, setName] = useState('');
  const [defaultCountry, setDefaultCountry] = useState(() => useDialer.getState().homeCountry);
  const options = { name, defaultCountry };

  const dropped = async (file: File) => {
    // Main refuses it too; read nothing that large into the page.
    if (file.size > CONTACT_FILE_MAX_BYTES) {
      return showError({ kind: 'file', message: `${file.name} is larger than 5 MB, so it was not imported.`, hint: 'Split the list into smaller files. Nothing was changed.' });
    }
    if (await importFile({ ...options, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } })) setName('');
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-list-import-heading">
      <Title order={2} size="h4" mb="xs" id="call-list-import-heading">
        Import a call list
      </Title>
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <TextInput
            label="List name"
            description="Empty: the file's name"
            maxLength={CALL_LIST_LIMITS.name}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <CountryPicker
            label="Country for local numbers"
            description="Numbers without a country code are read as dialled from here"
            placeholder="None: numbers carry their country code"
            searchable
            clearable
            nothingFoundMessage="No such country"
            value={defaultCountry}
            onChange={setDefaultCountry}
          />
        </Group>
        <Dropzone
          onDrop={(files) => {
            if (files[0]) void dropped(files[0]);
          }}
          onReject={() => showError({ kind: 'file', message: 'Only one file can be imported at a time.', hint: 'Drop a single CSV file. Nothing was changed.' })}
          multiple={false}
          // Picking goes through main's own dialog (the button below), not the page's file input.
          activateOnClick={false}
          activateOnKeyboard={false}
          loading={importing}
          role="group"
          aria-label="Call list drop zone"
          inputProps={{ 'aria-label': 'Call list file' }}
        >
          <Stack align="center" gap={4} py="md">
            <Dropzone.Idle>
              <Text size="sm">Drop a CSV file here: one number a row, with optional name and note columns</Text>
            </Dropzone.Idle>
            <Dropzone.Accept>
              <Text size="sm">Release to import the list</Text>
            </Dropzone.Accept>
            <Text size="sm" c="dimmed">
              At most {CALL_LIST_LIMITS.entries.toLocaleString()} numbers and 5 MB.
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
            Choose CSV file…
          </Button>
        </Group>
        <LastImport />
      </Stack>
    </Paper>
  );
}
