#!/usr/bin/env node
// The `switchboard` CLI: the same services as the app, without Electron (build first: npm run build).
const { homedir } = require('node:os');
const { join } = require('node:path');
const nodeModule = require('node:module');

/** The per-user cache folder: ~/.cache (or $XDG_CACHE_HOME), ~/Library/Caches or %LOCALAPPDATA%. */
function userCacheDir() {
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'Switchboard', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Switchboard');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'switchboard');
}

// Scripts start this command over and over: Node keeps the compiled bundle between runs. A cache
// that cannot be written (read-only home, no home) only costs speed, never the command.
try {
  nodeModule.enableCompileCache?.(join(userCacheDir(), 'compile-cache'));
} catch {
  // run without it
}

require('../out/main/cli.js').main();
