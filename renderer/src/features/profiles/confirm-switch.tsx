import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../../contract/schemas/profiles';
import { keptDraftsUnsaved } from '../../ui/account-scope';
import { holdsUnsavedWork } from '../../ui/leave-guard';
import { useProfiles } from './store';

/**
 * Making another profile active, from the header or the Profiles screen: what is typed for the
 * current account (on this screen or kept for another) would be dropped, so the operator is asked
 * first, with the safe choice focused.
 */
export function useSwitchProfile(): { switchTo: (profile: ProfileSummary) => void; confirmation: ReactNode } {
  const { t } = useTranslation(['profiles', 'common']);
  const makeActive = useProfiles((state) => state.use);
  const [confirming, setConfirming] = useState<ProfileSummary>();

  const switchTo = (profile: ProfileSummary) => {
    if (holdsUnsavedWork() || keptDraftsUnsaved()) setConfirming(profile);
    else void makeActive(profile.id);
  };
  const switchNow = (profile: ProfileSummary) => {
    setConfirming(undefined);
    void makeActive(profile.id);
  };

  const confirmation = (
    <Modal opened={confirming !== undefined} onClose={() => setConfirming(undefined)} title={confirming ? t('switch.title', { name: confirming.name }) : ''}>
      {confirming && (
        <Stack>
          <Text size="sm">{t('switch.body', { name: confirming.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(undefined)} data-autofocus>
              {t('common:cancel')}
            </Button>
            <Button color="red" onClick={() => switchNow(confirming)}>
              {t('switch.confirm', { name: confirming.name })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
  return { switchTo, confirmation };
}
