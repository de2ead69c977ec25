import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContactName, useContacts } from './contacts-store';

/**
 * Under a number shown anywhere (the history, Activity): who it is in the address book, or a way
 * to add it there.
 */
export function NumberOwner({ digits }: { digits: string }) {
  const { t } = useTranslation('contacts');
  const name = useContactName(digits);
  const edit = useContacts((state) => state.edit);
  if (name)
    return (
      <Text size="xs" fw={500} data-testid="number-owner">
        {name}
      </Text>
    );
  if (!/^\d{7,15}$/.test(digits)) return null;
  return (
    <Button size="compact-xs" variant="subtle" px={0} onClick={() => edit({ number: `+${digits}` })} aria-label={t('owner.addLabel', { digits })}>
      {t('owner.add')}
    </Button>
  );
}
