import { Alert, Switch, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { linkHandlerStatus } from '../../../../contract/schemas/app';
import { bridge } from '../../ui/bridge';
import { showError } from '../../ui/toasts';

type LinkStatus = z.output<typeof linkHandlerStatus>;

/**
 * Whether tel: and callto: links open in Switchboard. Never taken by itself: the operator turns it
 * on here (another softphone may be the one they use for links), and can hand the links back.
 */
export function LinkHandlerCard() {
  const { t } = useTranslation('settings');
  const [status, setStatus] = useState<LinkStatus>();
  const [changing, setChanging] = useState(false);

  useEffect(() => {
    void bridge()
      .app.linkHandler()
      .then((result) => (result.ok ? setStatus(result.value) : showError(result.error)));
  }, []);

  const handled = status?.schemes.filter((entry) => entry.handled).map((entry) => `${entry.scheme}:`) ?? [];
  const all = status !== undefined && status.schemes.length > 0 && handled.length === status.schemes.length;

  const change = async (handle: boolean) => {
    setChanging(true);
    const result = await bridge().app.setLinkHandler({ handle });
    setChanging(false);
    if (result.ok) setStatus(result.value);
    else {
      showError(result.error);
      // What the system did with each scheme, whatever it refused.
      const now = await bridge().app.linkHandler();
      if (now.ok) setStatus(now.value);
    }
  };

  return (
    <SettingsCard title={t('links.title')}>
      <Text size="sm">{t('links.about')}</Text>
      {status && !status.available ? (
        <Alert color="gray" title={t('onlyInstalled')}>
          {t('links.unavailable')}
        </Alert>
      ) : (
        <>
          <Switch
            label={t('links.label')}
            description={all ? t('links.all') : handled.length > 0 ? t('links.some', { schemes: handled.join(' ') }) : t('links.none')}
            checked={all}
            disabled={!status || changing}
            onChange={(event) => void change(event.currentTarget.checked)}
          />
        </>
      )}
    </SettingsCard>
  );
}
