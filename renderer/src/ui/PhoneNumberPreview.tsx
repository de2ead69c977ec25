import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normalisePhoneNumber, type DigitRule } from '../../../contract/schemas/phone-number';
import { countryName } from './format';

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
  const { t } = useTranslation('shell');
  const text = (() => {
    if (!written.trim()) return empty ?? '';
    const { digits, country, valid, problem } = normalisePhoneNumber(written, rule, defaultCountry || undefined);
    // `problem` is the contract's rule as main words it: main's messages are translated apart.
    if (problem) return t('numberPreview.refused', { refused, problem });
    if (!country) return t('numberPreview.unknownCountry', { verb, digits });
    return t(valid ? 'numberPreview.valid' : 'numberPreview.invalid', { verb, digits, country: countryName(country) });
  })();
  return (
    <Text size="sm" c="dimmed" role="status" data-testid={testId}>
      {text}
    </Text>
  );
}
