import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import { currentLocale } from '../../i18n';

/** Region names in `locale`; its region's code where the system knows no name for it. */
function namesIn(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return (code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** A country's name in the window's language: "United Kingdom", "英国". */
export const countryNameOf = (code: string): string => namesIn(currentLocale())(code);

/** The dial countries named and sorted in each locale asked for so far. */
const listed = new Map<string, { value: string; label: string }[]>();

/** Every country a number can be dialled from, as "United Kingdom (+44)", by name in `locale`. */
export function dialCountryOptions(locale: string): { value: string; label: string }[] {
  let options = listed.get(locale);
  if (!options) {
    const name = namesIn(locale);
    options = getCountries()
      .map((code) => ({ value: code, label: `${name(code)} (+${getCountryCallingCode(code)})` }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    listed.set(locale, options);
  }
  return options;
}
