import { Select, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { dialCountryOptions } from './countries';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'onDropdownOpen' | 'onDropdownClose'> & {
  value: string;
  onChange: (code: string) => void;
};

/**
 * The "dialled from" country, searchable by name. Its some 250 options are put in the page only
 * while the list is open: Mantine keeps a closed Select's options mounted, and building them
 * would otherwise be most of the Dialer's first render. Closed, it holds only the chosen country,
 * so the field still reads its name.
 */
export function CountryPicker({ value, onChange, ...props }: Props) {
  const [open, setOpen] = useState(false);
  // The names are in the window's language: a change of language renders the list anew.
  useTranslation();
  const locale = currentLocale();
  const data = useMemo(() => (open ? dialCountryOptions(locale) : value ? dialCountryOptions(locale).filter((country) => country.value === value) : []), [open, value, locale]);
  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
    />
  );
}
