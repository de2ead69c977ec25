import { Text } from '@mantine/core';
import { countryName, normalisePhoneNumber, type DigitRule } from '../../../contract/schemas/phone-number';

interface PhoneNumberPreviewProps {
  /** The field's text as typed or pasted. */
  written: string;
  /** The vendor's rule for this field; main holds it to the same. */
  rule: DigitRule;
  /** Where a number written without its country code is dialled from ('' = nowhere). */
  defaultCountry?: string;
  /** What becomes of the digits: "Dials" for the callee, "Sends" for a caller ID. */
  verb: string;
  /** Said before the rule the vendor would refuse it by, e.g. "Cannot be called: the number". */
  refused: string;
  /** Said while the field is empty; nothing when the field's description says it already (a tight form). */
  empty?: string;
  testId: string;
}

/**
 * What a phone-number field will send, as main will send it, while the operator types: the
 * vendor's digits, the country they belong to, and whether the number is a valid one there.
 */
export function PhoneNumberPreview({ written, rule, defaultCountry, verb, refused, empty, testId }: PhoneNumberPreviewProps) {
  const text = (() => {
    if (!written.trim()) return empty ?? '';
    const { digits, country, valid, problem } = normalisePhoneNumber(written, rule, defaultCountry || undefined);
    if (problem) return `${refused} ${problem}.`;
    if (!country) return `${verb} ${digits} · country not recognised: check the country code.`;
    const name = countryName(country);
    return valid ? `${verb} ${digits} · ${name} · a valid ${name} number` : `${verb} ${digits} · ${name} · not a valid ${name} number: check it before calling`;
  })();
  return (
    <Text size="sm" c="dimmed" role="status" data-testid={testId}>
      {text}
    </Text>
  );
}
