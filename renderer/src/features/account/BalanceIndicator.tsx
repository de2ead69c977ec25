import { ActionIcon, Badge, Button, Group, Popover, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnReconnect } from '../../ui/connection';
import { ageOf, amount, clockTime } from '../../ui/format';
import { useProfiles } from '../profiles/store';
import { useSpotlit } from '../../ui/spotlight';
import { LowBalanceForm } from './LowBalanceForm';
import { useAccount } from './store';

/** A balance read this recently needs no second read when the connection comes back. */
const FRESH_MS = 10_000;

/** The header's balance of the active profile: refresh on demand, a warning under the profile's level. */
export function BalanceIndicator() {
  const { t } = useTranslation('account');
  const activeId = useProfiles((state) => state.list?.activeId);
  const { balance, error, loading, load } = useAccount();
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (activeId) void load();
  }, [activeId, load]);

  // Back from offline: read again, unless the answer that brought it back was this balance.
  useOnReconnect(() => {
    const { balance: last } = useAccount.getState();
    if (!last || last.stale || Date.now() - Date.parse(last.fetchedAt) > FRESH_MS) void load();
  });

  // A clicked low-balance notice brings the operator to the warning level.
  const warningButton = useRef<HTMLButtonElement>(null);
  useSpotlit(warningButton, (target) => target.to === 'balance');
  const shown = balance?.profileId === activeId ? balance : undefined;
  const threshold = shown?.threshold ?? null;

  return (
    <Group gap={6} wrap="nowrap" data-testid="account-balance">
      <Text size="sm" c="dimmed" component="span">
        {t('balance.label')}
      </Text>
      <Text size="sm" fw={600} component="span">
        {shown ? shown.balance : error ? t('balance.unavailable') : '…'}
      </Text>
      {shown && (shown.stale ?? error) && (
        <Text size="xs" c="dimmed" component="span" data-testid="balance-age">
          {t('balance.age', { time: clockTime(shown.fetchedAt), age: ageOf(shown.fetchedAt) })}
        </Text>
      )}
      <span role="status">
        {shown?.low && (
          <Badge color="red.9" variant="filled">
            {t('balance.low')}
            <VisuallyHidden>{t('balance.lowLevel', { level: threshold === null ? '' : amount(threshold) })}</VisuallyHidden>
          </Badge>
        )}
      </span>
      <ActionIcon variant="default" size="sm" aria-label={t('balance.refresh')} loading={loading} onClick={() => void load({ announce: true })}>
        <span aria-hidden="true">↻</span>
      </ActionIcon>
      {/* The header never scrolls away, so the dropdown need not watch whether its button is on screen. */}
      <Popover opened={editing} onChange={setEditing} trapFocus returnFocus hideDetached={false} position="bottom-end" shadow="md" width={300}>
        <Popover.Target>
          <Button variant="default" size="compact-sm" ref={warningButton} onClick={() => setEditing((open) => !open)}>
            {t('warning.title')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <LowBalanceForm current={shown ? threshold : undefined} onDone={() => setEditing(false)} />
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
