/**
 * The IPC method list, free of zod so that the sandboxed preload can import it: a preload cannot
 * load packages at run time. Types are derived from the schemas with type-only imports, which
 * disappear from the build.
 */
import type { z } from 'zod';
import type { EventBridge, Unsubscribe } from './events';
import type { Result } from './result';
import type { schemas } from './schemas';

export const METHODS = [
  'app.info',
  'app.openExternal',
  'app.linkHandler',
  'app.setLinkHandler',
  'app.dialShortcut',
  'app.setDialShortcut',
  'app.saveDiagnostics',
  'app.desktopSettings',
  'app.setDesktopSettings',
  'app.language',
  'app.setLanguage',
  'app.notifications',
  'app.policy',
  'app.setNotifications',
  'app.updates',
  'app.setUpdateChecks',
  'app.checkForUpdate',
  'app.downloadUpdate',
  'app.installUpdate',
  'app.microphone',
  'profiles.list',
  'profiles.save',
  'profiles.remove',
  'profiles.use',
  'profiles.test',
  'profiles.testUnsaved',
  'profiles.exportFile',
  'profiles.importFile',
  'account.balance',
  'account.setLowBalance',
  'account.balanceHistory',
  'calls.place',
  'calls.history',
  'calls.exportHistory',
  'calls.clearHistory',
  'calls.checkOutcomes',
  'calls.outcome',
  'calls.recording',
  'calls.saveRecording',
  'calls.activity',
  'calls.activityRecording',
  'contacts.list',
  'contacts.save',
  'contacts.remove',
  'contacts.import',
  'contacts.export',
  'contacts.callLists',
  'contacts.callList',
  'contacts.importCallList',
  'contacts.disposeEntry',
  'contacts.skipEntry',
  'contacts.entryCalled',
  'contacts.exportCallList',
  'contacts.removeCallList',
  'phones.list',
  'phones.password',
  'phones.copyPassword',
  'phones.copySetup',
  'phones.create',
  'phones.exportCsv',
  'phones.resetPassword',
  'numbers.list',
  'numbers.edit',
  'numbers.preview',
  'numbers.stageGreeting',
  'numbers.pickGreeting',
  'numbers.discardGreeting',
  'numbers.recent',
  'trunks.list',
  'trunks.password',
  'trunks.agentGroups',
  'trunks.update',
  'trunks.preview',
  'trunks.exportCsv',
  'changes.list',
  'changes.previewRevert',
  'changes.revert',
  'reports.calls',
  'reports.exportCsv',
  'reports.saveChart',
] as const;

export type MethodName = (typeof METHODS)[number];

type Schemas = typeof schemas;
export type MethodInput<M extends MethodName> = z.input<Schemas[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Schemas[M]['output']>;

const IPC_CHANNEL_PREFIX = 'switchboard:';
export const channelOf = (method: MethodName): string => `${IPC_CHANNEL_PREFIX}${method}`;

type FeatureOf<M extends string> = M extends `${infer F}.${string}` ? F : never;
type VerbOf<M extends string, F extends string> = M extends `${F}.${infer V}` ? V : never;
export type Feature = FeatureOf<MethodName>;

type Call<M extends MethodName> =
  undefined extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

/** `window.switchboard`: one object per feature, one function per verb, and main's events. */
export type Bridge = {
  [F in Feature]: { [V in VerbOf<MethodName, F>]: Call<Extract<`${F}.${V}`, MethodName>> };
} & { events: EventBridge };

/**
 * Builds the nested bridge object from a single `invoke`, and `events.on` from the page's event
 * hub (events.ts). Self-contained on purpose (it uses
 * nothing from outside its body), so the e2e harness and the browser preview can ship its source
 * into a page as an init script; the preload calls it directly.
 */
export function buildBridge(
  methods: readonly string[],
  invoke: (method: MethodName, input: unknown) => Promise<unknown>,
  on: (event: string, listener: (payload: unknown) => void) => Unsubscribe,
): Bridge {
  const bridge: Record<string, Record<string, (...args: never[]) => unknown>> = {};
  for (const method of methods) {
    const [feature = '', verb = ''] = method.split('.');
    bridge[feature] ??= {};
    bridge[feature][verb] = (input?: unknown) => invoke(method as MethodName, input);
  }
  bridge.events = { on: (event: unknown, listener: unknown) => on(String(event), listener as (payload: unknown) => void) };
  return bridge as unknown as Bridge;
}
