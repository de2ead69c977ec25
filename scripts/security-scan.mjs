#!/usr/bin/env node
/**
 * Electronegativity over main/ and preload/. The tool always exits 0, so this script reads its SARIF
 * report and exits 1 on any finding that security/electronegativity-allowlist.json does not explain
 * (matched by check and file, not line, so edits elsewhere in a file do not invalidate it), and on
 * allowlist entries that no longer match anything (a stale reason is a false reassurance).
 * Files it cannot parse fail too. Prints one JSON object: { findings: [{check, file, line, allowed, reason?}], stale, unparsed }.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const allowlist = JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8'));

// The scanner prints progress and network notices (it looks up Electron releases, which fails
// offline); keep stdout for our JSON.
const log = console.log;
console.log = () => undefined;

// Its only network use is optional lookups (Electron releases, message translations), which fail
// offline. Its HTTP client (got 11) can let such a failure escape: from a timer when a lookup
// times out and fails at the same moment, or as an unhandled RequestError (ENOTFOUND) on a busy
// machine. Neither decides anything the scan reports.
process.on('uncaughtException', (error) => {
  if (error instanceof Error && error.message === 'The `onCancel` handler was attached after the promise settled.') return;
  if (error instanceof Error && error.name === 'RequestError') return;
  throw error;
});

// One scan over the main and preload sources plus the built page (its CSP meta tag), so the
// scanner's whole-app checks (CSP, navigation limits, permission handler) see the whole app.
const built = join(root, 'out/renderer/index.html');
if (!existsSync(built)) throw new Error('out/renderer/index.html is missing: run `npm run build` first.');
const input = mkdtempSync(join(tmpdir(), 'switchboard-scan-'));
for (const folder of ['main', 'preload']) cpSync(join(root, folder), join(input, folder), { recursive: true });
cpSync(built, join(input, 'renderer/index.html'));

const findings = [];
const unparsed = [];
try {
  const report = await run(
    {
      input,
      customScan: [],
      excludeFromScan: [],
      isRelative: false,
      isVerbose: false,
      electronVersionOverride: require('electron/package.json').version,
      parserPlugins: [],
    },
    false,
  );
  // A file the scanner could not parse was not scanned at all.
  for (const error of report.errors ?? []) unparsed.push(relative(input, String(error.file ?? error)));
  for (const issue of report.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : relative(input, issue.file);
    findings.push({ check: issue.id, file, line: issue.location?.line, message: issue.description });
  }
} finally {
  rmSync(input, { recursive: true, force: true });
}

for (const finding of findings) {
  const entry = allowlist.find((allowed) => allowed.check === finding.check && allowed.file === finding.file);
  finding.allowed = Boolean(entry);
  if (entry) finding.reason = entry.reason;
}
const stale = allowlist.filter((allowed) => !findings.some((f) => f.check === allowed.check && f.file === allowed.file));

console.log = log;
console.log(JSON.stringify({ findings, stale, unparsed }, null, 2));
// The scanner leaves a retrying HTTP request behind; nothing else is pending.
process.exit(findings.every((f) => f.allowed) && stale.length === 0 && unparsed.length === 0 ? 0 : 1);
