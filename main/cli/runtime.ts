import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { Result } from '../../contract/result';
import type { Router } from '../router';
import { report, type Io } from './output';

/** What every command gets: the app's own router, typed calls and the output conventions. */
/** How a command's action runs: on a runtime opened for it, its number becoming the exit code. */
export type CommandRunner = (action: (runtime: CliRuntime) => Promise<number>) => Promise<void>;

export interface CliRuntime {
  router: Router;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  report<T>(result: Result<T>, human: (value: T) => string): number;
  readSecret(prompt: string, fromStdin: boolean): Promise<Result<string>>;
  /** What is piped to the command (`--greeting -`). */
  stdin: NodeJS.ReadableStream;
  activeId(): Promise<Result<string>>;
  io: Io;
  json: boolean;
  /** The terminal's width when stdout is one; undefined when it is a pipe or a file. */
  columns: number | undefined;
}

export function createCliRuntime(options: {
  router: Router;
  io: Io;
  json: boolean;
  columns: number | undefined;
  readSecret: (prompt: string, fromStdin: boolean) => Promise<Result<string>>;
  stdin: NodeJS.ReadableStream;
  activeId: () => Promise<Result<string>>;
}): CliRuntime {
  const { router, io, json } = options;
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    router.dispatch(method, input) as Promise<Result<MethodOutput<M>>>;
  return {
    router,
    io,
    json,
    columns: options.columns,
    call,
    report: (result, human) => report(io, json, result, human),
    readSecret: options.readSecret,
    stdin: options.stdin,
    activeId: options.activeId,
  };
}
