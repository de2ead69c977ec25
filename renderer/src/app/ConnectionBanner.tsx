import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshBalance } from '../features/account/store';
import { cancelReads, SLOW_MS, startProbing, useConnection, useWaiting, type ConnectionState } from '../ui/connection';
import { clockTime, numeral } from '../ui/format';
import { errorWords } from '../i18n/said';

/** The one place that says how ITNIO answers the active profile; screens keep what they read. */
function StatusAlert({ state, onTryNow, trying }: { state: ConnectionState; onTryNow: () => void; trying: boolean }) {
  const { t } = useTranslation('shell');
  if (state.status !== 'offline' && state.status !== 'failing') return null;
  const shown = state.lastAnswerAt === undefined ? t('connection.shownBefore') : t('connection.shownAt', { time: clockTime(state.lastAnswerAt) });
  const title = t(state.status === 'offline' ? 'connection.offline' : 'connection.failing', { since: clockTime(state.since), shown });
  return (
    <Alert color={state.status === 'offline' ? 'orange' : 'red'} variant="light" title={title} role="status" data-testid="connection-banner" mb="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          {state.problem && errorWords(state.problem).message} {t(state.status === 'offline' ? 'connection.offlineAdvice' : 'connection.failingAdvice')}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onTryNow} loading={trying} style={{ flexShrink: 0 }}>
          {t('connection.tryNow')}
        </Button>
      </Group>
    </Alert>
  );
}

/** Requests waiting longer than SLOW_MS, said before they time out; reads can be stopped. */
function Waiting() {
  const { t } = useTranslation('shell');
  const waiting = useWaiting();
  const [now, setNow] = useState(Date.now);
  const pending = waiting.length > 0;
  useEffect(() => {
    if (!pending) return;
    const ticker = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(ticker);
  }, [pending]);
  const oldest = waiting[0];
  if (!oldest || now - oldest.startedAt < SLOW_MS) return null;
  const stoppable = waiting.some((request) => request.cancel);
  return (
    <Alert color="gray" variant="light" role="status" data-testid="waiting-for-itnio" mb="md" title={t('connection.waiting', { seconds: numeral(Math.round((now - oldest.startedAt) / 1000)) })}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t(stoppable ? 'connection.slowReads' : 'connection.slowWrites')}</Text>
        {stoppable && (
          <Button size="compact-sm" variant="default" onClick={cancelReads} style={{ flexShrink: 0 }}>
            {t('connection.stopWaiting')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** The connection banner, the slow-answer notice, and the gentle probe while ITNIO cannot be read. */
export function ConnectionBanner() {
  const state = useConnection();
  const [trying, setTrying] = useState(false);
  const down = state.status === 'offline' || state.status === 'failing';
  useEffect(() => (down ? startProbing(refreshBalance) : undefined), [down]);
  const tryNow = () => {
    setTrying(true);
    void refreshBalance().finally(() => setTrying(false));
  };
  return (
    <>
      <StatusAlert state={state} onTryNow={tryNow} trying={trying} />
      <Waiting />
    </>
  );
}
