import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnReconnect } from '../../ui/connection';
import { useAccountSwitches } from '../../ui/account-scope';
import { activeProfile, useProfiles } from '../profiles/store';
import { BulkEdit } from './BulkEdit';
import { NumberForm } from './NumberForm';
import { NumberList } from './NumberList';
import './numbers-layout.css';
import { useNumbers } from './store';

/** Asks before a chosen number's settings replace a draft that has not been saved. */
function ReplaceDraftPrompt() {
  const { t } = useTranslation('numbers');
  const { pendingChoice, draft, greeting, confirmChoice, cancelChoice } = useNumbers();
  const chosen = pendingChoice?.number.number ?? '';
  const body = draft.number ? (greeting ? 'replace.bodyNumberGreeting' : 'replace.bodyNumber') : greeting ? 'replace.bodyGreeting' : 'replace.body';
  return (
    <Modal opened={pendingChoice !== undefined} onClose={cancelChoice} title={t('replace.title')}>
      <Stack>
        <Text size="sm">{t(body, { number: draft.number, chosen })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={cancelChoice} data-autofocus>
            {t('replace.keep')}
          </Button>
          <Button color="red" onClick={confirmChoice}>
            {t('replace.discard', { chosen })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function NumbersScreen() {
  const { t } = useTranslation('numbers');
  const profile = activeProfile(useProfiles((state) => state.list));
  const { loadRecent, loadList, chooseNumber, draftVersion } = useNumbers();
  const editor = useRef<HTMLDivElement>(null);
  const settingsHeading = useRef<HTMLHeadingElement>(null);
  const shownVersion = useRef(draftVersion);
  const profileId = profile?.id;
  const switches = useAccountSwitches();

  // Each profile has its own numbers: read them once the active one is known, again when it changes.
  useEffect(() => {
    if (!profileId) return;
    void loadList();
    void loadRecent();
  }, [loadList, loadRecent, profileId]);
  useOnReconnect(() => void loadList());

  // A chosen number's settings land in the form: keyboard and screen-reader users go there with them.
  // Under the list (or scrolled away above it) the form comes up to the window's top, as much of it
  // in view as fits; beside the list its top is in view already, and the chosen row stays where it is.
  useEffect(() => {
    if (draftVersion === shownVersion.current) return;
    shownVersion.current = draftVersion;
    const top = editor.current?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight / 2) editor.current?.scrollIntoView({ block: 'start' });
    settingsHeading.current?.focus({ preventScroll: true });
  }, [draftVersion]);

  return (
    <div className="numbers-layout">
      <div className="numbers-columns">
        <Paper withBorder p="md" component="section" aria-labelledby="account-numbers-heading">
          <Title order={2} size="h4" mb="xs" id="account-numbers-heading">
            {t('screen.listTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('screen.listAbout')}
          </Text>
          <NumberList profileId={profileId} onChoose={(number) => chooseNumber(number, profile?.appId)} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="number-settings-heading" className="number-editor" ref={editor}>
          <Title order={2} size="h4" mb="xs" id="number-settings-heading" tabIndex={-1} ref={settingsHeading}>
            {t('screen.formTitle')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('screen.formAbout')}
          </Text>
          {/* Started afresh when a chosen number replaces the draft, or another profile's drops it. */}
          <NumberForm key={`${switches} ${draftVersion}`} />
        </Paper>
      </div>
      <ReplaceDraftPrompt />
      <BulkEdit />
    </div>
  );
}
