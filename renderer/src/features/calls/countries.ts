import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import { countryName } from '../../ui/format';

/** The dial countries named and sorted in each locale asked for so far. */
const listed = new Map<string, { value: string; label: string }[]>();

/** Every country a number can be dialled from, as "United Kingdom (+44)", by name in `locale`. */
export function dialCountryOptions(locale: string): { value: string; label: string }[] {
  let options = listed.get(locale);
  if (!options) {
    options = getCountries()
      .map((code) => ({ value: code, label: `${countryName(code, { locale })} (+${getCountryCallingCode(code)})` }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    listed.set(locale, options);
  }
  return options;
}
