import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageOf, type Language, type LanguageChoice } from '../../../../contract/languages';
import type { LanguageSetting } from '../../../../contract/schemas/app';
import { applyLanguage } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { SettingsCard } from './SettingsCard';
import { useMainSetting } from './main-setting';

const read = () => bridge().app.language();
const write = (choice: LanguageChoice) => bridge().app.setLanguage({ choice });

/** Each language named in itself, as pickers do: an operator who cannot read the current one still finds theirs. */
const OWN_NAME: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The window's language: the system's (at first start, and until the operator picks one), or one picked, remembered on this computer. */
export function LanguageCard() {
  const { t } = useTranslation('settings');
  const { value, saving, save } = useMainSetting<LanguageSetting, LanguageChoice>(read, async (choice) => {
    const saved = await write(choice);
    if (saved.ok) await applyLanguage(saved.value);
    return saved;
  });
  const system = languageOf(value && value.system.length > 0 ? value.system : navigator.languages);
  const options = [{ value: 'system', label: t('language.system', { language: OWN_NAME[system] }) }, ...LANGUAGES.map((language) => ({ value: language, label: OWN_NAME[language] }))];

  return (
    <SettingsCard title={t('language.title')}>
      <Text size="sm">{t('language.about')}</Text>
      <Select
        label={t('language.label')}
        data={options}
        value={value?.choice ?? null}
        disabled={value === undefined || saving}
        allowDeselect={false}
        onChange={(choice) => choice && void save(choice as LanguageChoice)}
        w={280}
      />
    </SettingsCard>
  );
}
