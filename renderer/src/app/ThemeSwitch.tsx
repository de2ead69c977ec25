import { SegmentedControl, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Each scheme with its name's key under `shell:theme`. */
const OPTIONS = [
  { name: 'system', value: 'auto' },
  { name: 'light', value: 'light' },
  { name: 'dark', value: 'dark' },
] as const satisfies readonly { name: string; value: MantineColorScheme }[];

/** Follows the OS by default; the operator's choice is remembered by the component library. */
export function ThemeSwitch() {
  const { t } = useTranslation('shell');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('theme.label')}
      data={OPTIONS.map(({ name, value }) => ({ label: t(`theme.${name}`), value }))}
      value={colorScheme}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
    />
  );
}
