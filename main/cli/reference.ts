/**
 * What `--help` adds after the commands, and what the man page and the README say too: one
 * source for the examples, the exit codes and the environment a script depends on.
 */
export const EXAMPLES: readonly (readonly [command: string, what: string])[] = [
  ['switchboard balance --min 20', 'exit 3 when the balance is under 20 (a cron job alerts on it)'],
  ['switchboard call "+44 20 7946 0958" --account 80010001', 'ring phone 80010001, then the callee; prints the recording id'],
  ['switchboard phones list --fields account,callerId --format tsv --no-headers', 'every phone account and its caller ID, tab-separated, for a script'],
  ['switchboard trunks list --template "{{id}} {{name}} {{ip}}"', 'one line per trunk, written as asked'],
  ['switchboard trunks update 2001 --gateway-ip 198.51.100.12 --dry-run', 'what the update would change; nothing is sent'],
  ['printf "%s\\n" "$SECRET" | switchboard profile add Office --api-key KEY --app-id 1234 --secret-stdin', 'save an account; the secret never in argv'],
];

/** design.md's exit codes: scripts depend on them, so only ever add. */
export const EXIT_CODES: readonly (readonly [code: number, means: string])[] = [
  [0, 'success'],
  [1, 'unexpected failure (run again with SWITCHBOARD_DEBUG=1)'],
  [2, 'invalid input or usage: nothing was sent'],
  [3, 'ITNIO answered with a refusal (its status code), or the balance is under --min'],
  [4, 'network, timeout or server failure; a sandbox port another program holds'],
  [5, 'authentication, clock, keychain or configuration (ITNIO_* variables set without their pair)'],
];

export const ENVIRONMENT: readonly (readonly [name: string, means: string])[] = [
  ['ITNIO_API_KEY, ITNIO_API_SECRET', 'the account to use instead of a saved profile; both, or neither'],
  ['ITNIO_BASE_URL, ITNIO_APP_ID', 'where and with which voice application, beside the pair'],
  ['SWITCHBOARD_PROFILE', 'the saved profile to use, as --profile (the flag wins)'],
  ['SWITCHBOARD_HOME', "the data folder (default: the app's own, shared with it)"],
  ['SWITCHBOARD_POLICY', "another machine policy file than this system's (default: /etc/switchboard/policy.json on Linux)"],
  ['SWITCHBOARD_DEBUG', 'diagnostics on stderr when set (never a secret)'],
];

const block = (rows: readonly (readonly [string | number, string])[]): string => {
  const width = Math.max(...rows.map(([key]) => String(key).length));
  return rows.map(([key, text]) => `  ${String(key).padEnd(width)}  ${text}`).join('\n');
};

/** The text `switchboard --help` ends with. */
export const helpEpilogue = (): string =>
  ['', 'Examples:', ...EXAMPLES.map(([command, what]) => `  ${command}\n      ${what}`), '', 'Exit codes:', block(EXIT_CODES), '', 'Environment:', block(ENVIRONMENT)].join('\n');
