/**
 * One process of the app's services on a data folder, saving one desktop setting again and again
 * through the router, as the window's Settings screen does, then `done`.
 * Usage: node settings-writer-child.mts <home> language|tray <rounds>
 */
import '../../support/typescript-imports.mts';

const { openTestApp } = await import('../../support/app');

const [home = '', setting = '', rounds = '0'] = process.argv.slice(2);
const app = await openTestApp({ home });
// Alternating, ending on the second value: the file must end with both processes' last choices.
for (let round = Number(rounds) - 1; round >= 0; round--) {
  const result =
    setting === 'language'
      ? await app.router.dispatch('app.setLanguage', { choice: round % 2 === 0 ? 'zh-CN' : 'en' })
      : await app.router.dispatch('app.setDesktopSettings', { keepInTray: round % 2 === 0 });
  if (!result.ok) throw new Error(result.error.message);
}
await app.close();
process.stdout.write('done\n');
