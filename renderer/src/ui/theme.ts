import { createTheme, Modal, Notification, PasswordInput, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

/** The names screen readers give Mantine's icon-only buttons, in the window's language. */
export interface IconLabels {
  closeDialog: string;
  dismissNotification: string;
  /** The eye of a password field, which shows or hides what was typed. */
  showPassword: string;
}

/** The theme, made again when the window's language changes: Mantine reads these names from it. */
export const themeSaying = ({ closeDialog, dismissNotification, showPassword }: IconLabels): MantineThemeOverride =>
  createTheme({
    primaryColor: 'teal',
    // Shade 9 is the first teal that carries white button text at WCAG AA (5:1); 6 and 8 do not.
    primaryShade: { light: 9, dark: 9 },
    defaultRadius: 'md',
    // An operator who asked the OS for less motion gets modals, menus and toasts without their animations.
    respectReducedMotion: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    components: {
      // Mantine's close buttons are icons only; screen readers need their names.
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeDialog } } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': showPassword } } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': dismissNotification } },
        // Under a title Mantine paints the message in gray-6 / dark-2 directly, below AA contrast.
        styles: { description: { color: 'var(--mantine-color-dimmed)' } },
      }),
    },
  });

/**
 * Contrast fixes found by the e2e axe scan (WCAG AA, 4.5:1 for small text): Mantine's dimmed
 * grays reach only 3.3:1 (light) and 4:1 (dark), and teal-9 text on the active nav item's pale
 * teal reaches 4.3:1 (3.7:1 for its 90%-opacity description). Orange marks the sandbox (light
 * badges and banner); Mantine's orange text on its pale orange reaches only about 2.5:1. Field errors
 * and red alerts (red-6 light, red-8 dark) reach about 3.3:1 and 3.7:1. A filled button under the
 * pointer turns teal-8 (white on it 3.9:1), so its hover goes darker than teal-9 instead (6.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {
    [`--mantine-color-${resolved.primaryColor}-filled-hover`]: '#066b4d',
    '--mantine-primary-color-filled-hover': '#066b4d',
  },
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    [`--mantine-color-${resolved.primaryColor}-light-color`]: '#065f46',
    '--mantine-color-orange-light-color': '#9a3412',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-orange-light-color': '#fdba74',
  },
});
