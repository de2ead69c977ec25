import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { bridge } from '../ui/bridge';
import { BalanceIndicator } from '../features/account/BalanceIndicator';
import { ConnectionBanner } from './ConnectionBanner';
import { SandboxBanner } from '../features/profiles/ActiveProfile';
import { ProfileSwitcher } from '../features/profiles/ProfileSwitcher';
import { SCREENS, useNavigation } from './navigation';
import { useHoldCloseWhileUnsaved } from './unsaved-changes';
import { SCREEN_COMPONENTS } from './screens';
import { ThemeSwitch } from './ThemeSwitch';
import { showError } from '../ui/toasts';

export function Shell() {
  const { screen, go } = useNavigation();
  const [version, setVersion] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const active = SCREENS.find((s) => s.id === screen) ?? SCREENS[0];
  const Screen = SCREEN_COMPONENTS[active.id];

  useHoldCloseWhileUnsaved();

  // An empty ignore list keeps Ctrl+N working while a form field has focus.
  useHotkeys(
    SCREENS.map((s, index) => [`mod+${index + 1}`, () => go(s.id)]),
    [],
  );

  useEffect(() => {
    void bridge()
      .app.info()
      .then((result) => (result.ok ? setVersion(result.value.version) : showError(result.error)));
  }, []);

  // Moving focus to the new screen's heading tells keyboard and screen-reader users where they are.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [screen]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} size="lg" component="span">
            Switchboard
          </Text>
          <Group gap="lg">
            <BalanceIndicator />
            <ProfileSwitcher />
            <ThemeSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Screens">
        {SCREENS.map((s, index) => (
          <NavLink
            key={s.id}
            component="button"
            label={s.label}
            description={s.description}
            active={s.id === screen}
            aria-current={s.id === screen ? 'page' : undefined}
            aria-keyshortcuts={`Control+${index + 1}`}
            onClick={() => go(s.id)}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs" data-testid="app-version">
          {version ? `Version ${version}` : ' '}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Title order={1} size="h2" mb="md" tabIndex={-1} ref={heading}>
          {active.label}
        </Title>
        <SandboxBanner />
        <ConnectionBanner />
        <Screen />
      </AppShell.Main>
    </AppShell>
  );
}
