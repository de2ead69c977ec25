import { bridge } from '../ui/bridge';
import { applyLanguage } from '.';

/** The window speaks the language main keeps for this computer; English when main cannot say. */
export async function startLanguage(): Promise<void> {
  const setting = await bridge().app.language();
  await applyLanguage(setting.ok ? setting.value : { choice: 'system', system: [] });
}
