import { Alert, Switch, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
import { useEffect, useState } from 'react';
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
    <SettingsCard title="Telephone links">
      <Text size="sm">
        A tel: or callto: link in a CRM, a web page or an e-mail opens the Dialer with its number filled in. Nothing is dialled until you press Call.
      </Text>
      {status && !status.available ? (
        <Alert color="gray" title="Only in the installed app">
          This window cannot open links: the installed Switchboard app can.
        </Alert>
      ) : (
        <>
          <Switch
            label="Open tel: and callto: links with Switchboard"
            description={all ? 'Switchboard opens these links on this computer.' : handled.length > 0 ? `Switchboard opens ${handled.join(' ')} links; another app opens the rest.` : 'Another app, or none, opens these links now.'}
            checked={all}
            disabled={!status || changing}
            onChange={(event) => void change(event.currentTarget.checked)}
          />
        </>
      )}
    </SettingsCard>
  );
}
