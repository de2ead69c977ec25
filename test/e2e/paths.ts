import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Resolved from this file, not the working directory, so a spec runs the same from any folder. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
export const PREVIEW_ENTRY = join(REPO_ROOT, 'out', 'main', 'preview.js');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The specs drive the built app, never the sources: a missing build is a setup error, said plainly. */
export function requireBuild(file: string = join(RENDERER_DIR, 'index.html')): void {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` first (the e2e specs drive the built app).`);
  }
}
