import { Text } from '@mantine/core';
import { countryName, normaliseCallee } from '../../../../contract/schemas/callee';

/**
 * What will be dialled, as main will send it, while the operator types: the vendor's digits,
 * the country they belong to, and whether the number is a valid one there.
 */
export function CalleePreview({ callee, defaultCountry }: { callee: string; defaultCountry: string }) {
  const text = (() => {
    if (!callee.trim()) return 'Type, paste or dial a number: +44 20 7946 0958, 0044 20 7946 0958, or a local number of the country chosen.';
    const { digits, country, valid, problem } = normaliseCallee(callee, defaultCountry || undefined);
    if (problem) return `Cannot be called: the number ${problem}.`;
    if (!country) return `Dials ${digits} · country not recognised: check the country code.`;
    const name = countryName(country);
    return valid ? `Dials ${digits} · ${name} · a valid ${name} number` : `Dials ${digits} · ${name} · not a valid ${name} number: check it before calling`;
  })();
  return (
    <Text size="sm" c="dimmed" role="status" data-testid="callee-preview">
      {text}
    </Text>
  );
}
