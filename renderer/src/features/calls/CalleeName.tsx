import { Text } from '@mantine/core';
import { CALLEE_DIGITS } from '../../../../contract/schemas/callee';
import { normalisePhoneNumber } from '../../../../contract/schemas/phone-number';
import { useContactName } from '../contacts/contacts-store';

/** Who the number in the Dialer is, when the address book knows it. */
export function CalleeName({ written, defaultCountry }: { written: string; defaultCountry: string }) {
  const { digits } = normalisePhoneNumber(written, CALLEE_DIGITS, defaultCountry || undefined);
  const name = useContactName(digits);
  if (!name) return null;
  return (
    <Text size="sm" fw={500} data-testid="callee-contact">
      {name}
    </Text>
  );
}
