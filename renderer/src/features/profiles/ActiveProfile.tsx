import { Group, Text } from '@mantine/core';
import { activeProfile, useProfiles } from './store';

const SANDBOX_NOTICE =
  'You are using the built-in sandbox: calls, phones and settings are simulated on this computer and nothing reaches ITNIO. Add your account under Profiles to work for real.';

/**
 * Shown on every screen while the sandbox is active, so nobody mistakes it for the live account: one
 * line filling the strip the header keeps for it, never scrolled away, the same amber in light and dark.
 */
export function SandboxBanner() {
  const list = useProfiles((state) => state.list);
  const active = activeProfile(list);
  // Only where a policy hides the Sandbox can none be in use: every request would be refused until one is set up.
  if (list && !active) {
    return (
      <Group role="status" aria-label="No profile" h="100%" px="md" wrap="nowrap" style={{ background: 'var(--mantine-color-orange-3)', color: 'var(--mantine-color-black)' }}>
        <Text span size="sm" truncate="end">
          No profile is in use. Set one up on the Profiles screen to work.
        </Text>
      </Group>
    );
  }
  if (!active?.sandbox) return null;
  return (
    <Group
      role="status"
      aria-label="Sandbox"
      h="100%"
      px="md"
      gap="sm"
      wrap="nowrap"
      style={{ background: 'var(--mantine-color-orange-3)', color: 'var(--mantine-color-black)' }}
    >
      <Text span size="sm" fw={800} tt="uppercase" style={{ letterSpacing: '0.05em', flexShrink: 0 }}>
        Sandbox
      </Text>
      {/* Cut short on a narrow window: the whole sentence shows on hover. */}
      <Text span size="sm" truncate="end" title={SANDBOX_NOTICE}>
        {SANDBOX_NOTICE}
      </Text>
    </Group>
  );
}
