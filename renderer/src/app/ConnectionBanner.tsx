import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { refreshBalance } from '../features/account/store';
import { cancelReads, SLOW_MS, startProbing, useConnection, useWaiting, type ConnectionState } from '../ui/connection';
import { clockTime } from '../ui/format';

const readSince = (state: ConnectionState) =>
  state.lastAnswerAt === undefined ? 'showing what was read before (each list says when)' : `showing what was read at ${clockTime(state.lastAnswerAt)}`;

/** The one place that says how ITNIO answers the active profile; screens keep what they read. */
function StatusAlert({ state, onTryNow, trying }: { state: ConnectionState; onTryNow: () => void; trying: boolean }) {
  if (state.status !== 'offline' && state.status !== 'failing') return null;
  const title =
    state.status === 'offline'
      ? `Offline since ${clockTime(state.since)} — ${readSince(state)}`
      : `ITNIO’s servers are failing since ${clockTime(state.since)} — ${readSince(state)}`;
  return (
    <Alert color={state.status === 'offline' ? 'orange' : 'red'} variant="light" title={title} role="status" data-testid="connection-banner" mb="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          {state.problem?.message} Switchboard asks again by itself and reads every screen again once ITNIO answers; nothing can be changed
          {state.status === 'offline' ? ' until then.' : ' while its answers are errors.'}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onTryNow} loading={trying} style={{ flexShrink: 0 }}>
          Try now
        </Button>
      </Group>
    </Alert>
  );
}

/** Requests waiting longer than SLOW_MS, said before they time out; reads can be stopped. */
function Waiting() {
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
    <Alert color="gray" variant="light" role="status" data-testid="waiting-for-itnio" mb="md" title={`Waiting for ITNIO for ${Math.round((now - oldest.startedAt) / 1000)} s…`}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {stoppable
            ? 'ITNIO is slow to answer. Stop waiting to keep what is shown; a change already sent is never stopped.'
            : 'ITNIO is slow to answer. A change already sent cannot be stopped: its result is shown when it comes.'}
        </Text>
        {stoppable && (
          <Button size="compact-sm" variant="default" onClick={cancelReads} style={{ flexShrink: 0 }}>
            Stop waiting
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
