import type { Command } from 'commander';
import { ENVIRONMENT, EXAMPLES, EXIT_CODES } from './reference';

/** Text made inert for roff: backslashes and hyphens escaped, a line never starting a request. */
const roff = (text: string): string => text.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^[.']/gm, '\\&$&');

function commandSection(command: Command, path: string[]): string[] {
  const words = [...path, command.name()];
  const usage = `${words.join(' ')} ${command.usage()}`.trim();
  const lines = ['.TP', `.B ${roff(usage)}`, roff(command.description())];
  for (const option of command.options) lines.push('.RS', '.TP', `.B ${roff(option.flags)}`, roff(option.description), '.RE');
  return [...lines, ...command.commands.flatMap((sub) => commandSection(sub, words))];
}

/**
 * switchboard(1), from the same commands and options as `--help` and completion, and the same
 * examples, exit codes and environment (reference.ts).
 */
export function manPage(tree: Command, version: string, date: Date): string {
  const table = (rows: readonly (readonly [string | number, string])[]) => rows.flatMap(([key, text]) => ['.TP', `.B ${roff(String(key))}`, roff(text)]);
  return [
    `.TH SWITCHBOARD 1 "${date.toISOString().slice(0, 10)}" "switchboard ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `switchboard \\- ${roff(tree.description())}`,
    '.SH SYNOPSIS',
    `.B switchboard\n${roff('[--json] [--profile NAME] [--timeout SECONDS] COMMAND [OPTIONS]')}`,
    '.SH OPTIONS',
    ...tree.options.flatMap((option) => ['.TP', `.B ${roff(option.flags)}`, roff(option.description)]),
    '.SH COMMANDS',
    ...tree.commands.flatMap((command) => commandSection(command, [])),
    '.SH EXAMPLES',
    ...EXAMPLES.flatMap(([command, what]) => ['.TP', `.B ${roff(command)}`, roff(what)]),
    '.SH EXIT STATUS',
    ...table(EXIT_CODES),
    '.SH ENVIRONMENT',
    ...table(ENVIRONMENT),
  ].join('\n');
}
