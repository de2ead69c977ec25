import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeProfile, useProfiles } from './store';

/**
 * Shown on every screen while the sandbox is active, so nobody mistakes it for the live account: one
 * line filling the strip the header keeps for it, never scrolled away, the same amber in light and dark.
 */
export function SandboxBanner() {
  const { t } = useTranslation('profiles');
  const list = useProfiles((state) => state.list);
  const active = activeProfile(list);
  // Only where a policy hides the Sandbox can none be in use: every request would be refused until one is set up.
  if (list && !active) {
    return (
      <Group role="status" aria-label={t('banner.noProfileLabel')} h="100%" px="md" wrap="nowrap" style={{ background: 'var(--mantine-color-orange-3)', color: 'var(--mantine-color-black)' }}>
        <Text span size="sm" truncate="end">
          {t('banner.noProfile')}
        </Text>
      </Group>
    );
  }
  if (!active?.sandbox) return null;
  const notice = t('banner.sandbox');
  return (
    <Group
      role="status"
      aria-label={t('sandbox')}
      h="100%"
      px="md"
      gap="sm"
      wrap="nowrap"
      style={{ background: 'var(--mantine-color-orange-3)', color: 'var(--mantine-color-black)' }}
    >
      <Text span size="sm" fw={800} tt="uppercase" style={{ letterSpacing: '0.05em', flexShrink: 0 }}>
        {t('sandbox')}
      </Text>
      {/* Cut short on a narrow window: the whole sentence shows on hover. */}
      <Text span size="sm" truncate="end" title={notice}>
        {notice}
      </Text>
    </Group>
  );
}
