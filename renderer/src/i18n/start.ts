import { bridge } from '../ui/bridge';
import { applyLanguage } from '.';

/**
 * The window speaks the language main keeps for this computer; the system's, as the browser
 * reports it, when main cannot say. Never throws: a window in the wrong language beats none.
 */
export async function startLanguage(): Promise<void> {
  const setting = await bridge()
    .app.language()
    .catch(() => undefined);
  await applyLanguage(setting?.ok ? setting.value : { choice: 'system', system: [] });
}
