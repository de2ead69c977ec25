import { AppShell, Box, Burger, Group, NavLink, Text, Title, useMantineTheme } from '@mantine/core';
import { useHotkeys, useMediaQuery, type HotkeyItem } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../ui/bridge';
import { listenForNavigation } from '../ui/spotlight';
import { BalanceIndicator } from '../features/account/BalanceIndicator';
import { listenForDialRequests } from '../features/calls/dial-requests';
import { ConnectionBanner } from './ConnectionBanner';
import { ContactModal } from '../features/contacts/ContactForm';
import { SandboxBanner } from '../features/profiles/ActiveProfile';
import { ProfileSwitcher } from '../features/profiles/ProfileSwitcher';
import { activeProfile, listenForProfileChanges, useProfiles } from '../features/profiles/store';
import { SCREENS, shortcutKey, useNavigation, type ScreenId } from './navigation';
import { useHoldCloseWhileUnsaved } from './unsaved-changes';
import { SCREEN_COMPONENTS } from './screens';
import { ThemeSwitch } from './ThemeSwitch';
import { showError } from '../ui/toasts';

/** Below this width the sidebar folds away behind the header's Screens button, leaving the screen the whole width. */
const SIDEBAR_BREAKPOINT = 'md';
/** Under the header's bar while the sandbox is active (or no profile is): one slim line, never scrolled away. */
const SANDBOX_STRIP_HEIGHT = 24;
/** The header's bar (and what is under it): lower where the sidebar is folded away, leaving a small window's height to the screen. */
const headerHeight = (under = 0) => ({ base: 44 + under, [SIDEBAR_BREAKPOINT]: 56 + under });
const NAV_ID = 'screens-nav';

export function Shell() {
  const { t } = useTranslation('shell');
  const { screen, go } = useNavigation();
  const [version, setVersion] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const Screen = SCREEN_COMPONENTS[screen];
  // The same element while the screen stays: the header's updates (profiles read, balance, version)
  // re-render the shell, never the screen's forms below it.
  const screenView = useMemo(() => <Screen />, [Screen]);
  const list = useProfiles((state) => state.list);
  // The strip under the header says the Sandbox is in use, or (under a policy hiding it) that no profile is.
  const strip = list !== undefined && (activeProfile(list)?.sandbox ?? true);
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints[SIDEBAR_BREAKPOINT]})`, undefined, { getInitialValueInEffect: false });
  // Opened to pick a screen, the folded sidebar gets out of the way once another is shown, however chosen.
  const [navOpenedOn, setNavOpenedOn] = useState<ScreenId>();
  const navOpen = navOpenedOn === screen;

  useHoldCloseWhileUnsaved();

  // An empty ignore list keeps Ctrl+N working while a form field has focus.
  useHotkeys(
    SCREENS.flatMap((id): HotkeyItem[] => {
      const key = shortcutKey(id);
      return key ? [[`mod+${key}`, () => go(id)]] : [];
    }),
    [],
  );

  useEffect(() => {
    const stops = [listenForDialRequests(), listenForProfileChanges(), listenForNavigation()];
    return () => stops.forEach((stop) => stop());
  }, []);

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
    // A screen that put the focus somewhere on arrival (the Dialer on its Call button for a link) keeps it there.
    if (document.getElementById('main')?.contains(document.activeElement)) return;
    heading.current?.focus();
  }, [screen]);

  return (
    <AppShell
      header={{ height: headerHeight(strip ? SANDBOX_STRIP_HEIGHT : 0) }}
      navbar={{ width: 220, breakpoint: SIDEBAR_BREAKPOINT, collapsed: { mobile: !navOpen } }}
      padding={{ base: 'md', [SIDEBAR_BREAKPOINT]: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h={headerHeight()} px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={() => setNavOpenedOn(navOpen ? undefined : screen)}
              hiddenFrom={SIDEBAR_BREAKPOINT}
              size="sm"
              aria-label={t('screensNav')}
              aria-expanded={navOpen}
              aria-controls={NAV_ID}
            />
            <Text fw={700} size="lg" component="span" visibleFrom={SIDEBAR_BREAKPOINT}>
              Switchboard
            </Text>
          </Group>
          <Group gap="lg" wrap="nowrap" className="header-tools">
            <BalanceIndicator />
            <ProfileSwitcher />
            <ThemeSwitch />
          </Group>
        </Group>
        {strip && (
          <Box h={SANDBOX_STRIP_HEIGHT}>
            <SandboxBanner />
          </Box>
        )}
      </AppShell.Header>
      {/* Folded away, the sidebar is out of the tab order and hidden from screen readers, not just moved off screen. */}
      <AppShell.Navbar p="xs" component="nav" aria-label={t('screensNav')} id={NAV_ID} className="app-navbar" inert={!wide && !navOpen}>
        {SCREENS.map((id) => (
          <NavLink
            key={id}
            component="button"
            label={t(`screens.${id}.label`)}
            description={t(`screens.${id}.description`)}
            active={id === screen}
            aria-current={id === screen ? 'page' : undefined}
            aria-keyshortcuts={shortcutKey(id) && `Control+${shortcutKey(id)}`}
            onClick={() => {
              go(id);
              setNavOpenedOn(undefined);
            }}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs" data-testid="app-version">
          {version ? t('version', { version }) : ' '}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Title order={1} size="h3" mb="sm" tabIndex={-1} ref={heading}>
          {t(`screens.${screen}.label`)}
        </Title>
        <ConnectionBanner />
        {screenView}
        <ContactModal />
      </AppShell.Main>
    </AppShell>
  );
}
