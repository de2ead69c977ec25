import type { Command } from 'commander';
import { manPage } from '../man-page';
import type { Io } from '../output';

/** `switchboard manpage`: switchboard(1) in roff, from the commands themselves (`npm run man` saves it). */
export function registerManPageCommand(program: Command, deps: { io: Io; tree: () => Promise<Command>; version: string }): void {
  program
    .command('manpage')
    .description('print the man page (roff): switchboard manpage > switchboard.1; man -l switchboard.1')
    .action(async () => deps.io.out(manPage(await deps.tree(), deps.version, new Date())));
}
