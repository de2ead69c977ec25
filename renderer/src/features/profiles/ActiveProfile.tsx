import { Alert } from '@mantine/core';
import { activeProfile, useProfiles } from './store';

/** Shown on every screen while the sandbox is active, so nobody mistakes it for the live account. */
export function SandboxBanner() {
  const active = activeProfile(useProfiles((state) => state.list));
  if (!active?.sandbox) return null;
  return (
    <Alert color="orange" variant="light" mb="md" title="Sandbox" role="status">
      You are using the built-in sandbox: calls, phones and settings are simulated on this computer and nothing reaches
      ITNIO. Add your account under Profiles to work for real.
    </Alert>
  );
}
