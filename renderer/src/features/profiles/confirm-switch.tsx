import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
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
    <Modal opened={confirming !== undefined} onClose={() => setConfirming(undefined)} title={confirming ? `Discard changes and switch to ${confirming.name}?` : ''}>
      {confirming && (
        <Stack>
          <Text size="sm">
            A form holds changes that are not saved, or waits for ITNIO&apos;s answer to one it sent. {confirming.name} is another account: switching discards what is
            not saved, and an answer still on its way is shown as a notice.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(undefined)} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={() => switchNow(confirming)}>
              Discard and switch to {confirming.name}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
  return { switchTo, confirmation };
}
