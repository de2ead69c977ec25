import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnReconnect } from '../../ui/connection';
import { activeProfile, useProfiles } from '../profiles/store';
import { CreatedBatchPanel } from './CreatedBatchPanel';
import { CreatePhonesForm } from './CreatePhonesForm';
import { PhoneList } from './PhoneList';
import { usePhones } from './store';

export function PhonesScreen() {
  const { t } = useTranslation('phones');
  const profile = activeProfile(useProfiles((state) => state.list));
  const { load, lastBatch } = usePhones();
  const profileId = profile?.id;

  // Each profile has its own phones: read them once the active one is known, again when it changes.
  useEffect(() => {
    if (profileId) void load();
  }, [load, profileId]);
  useOnReconnect(() => void load(true));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="create-phones-heading">
        <Title order={2} size="h4" mb="xs" id="create-phones-heading">
          {t('screen.createTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('screen.createAbout')}
        </Text>
        {/* Keyed by profile: its caller ID and app ID are the form's defaults. */}
        {profile ? <CreatePhonesForm key={profile.id} profile={profile} /> : <Text size="sm">{t('screen.loadingProfile')}</Text>}
      </Paper>
      {lastBatch && lastBatch.profileId === profile?.id && <CreatedBatchPanel key={`${lastBatch.groupName} ${lastBatch.appId}`} batch={lastBatch} />}
      <section aria-labelledby="all-phones-heading">
        <Title order={2} size="h4" mb="xs" id="all-phones-heading">
          {t('screen.allPhones')}
        </Title>
        <PhoneList />
      </section>
    </Stack>
  );
}
