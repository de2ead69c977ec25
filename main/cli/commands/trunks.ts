import { Option, type Command } from 'commander';
import { invalidField, ok, type Result } from '../../../contract/result';
import type { EditIssue } from '../../../contract/schemas/changed';
import {
  INCOMING,
  OUTGOING,
  TRUNK_TYPE_NAMES,
  trunkChanges,
  trunkEditIssues,
  updateTrunkInput,
  updateInputFrom,
  type TrunkPage,
  type TrunkRecord,
  type UpdateTrunkInput,
} from '../../../contract/schemas/trunks';
import { groupsText } from '../../features/trunks/csv';
import { dryRunText, nothingToChange, type DryRun } from '../dry-run';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import { columnsOf, presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { extentOf, notePartial } from '../listing';
import type { CommandRunner } from '../runtime';
import { tableText } from '../table';

const TYPES = { outgoing: OUTGOING, incoming: INCOMING } as const;
/** Without --all the table is one vendor page of the largest size. */
const FIRST_PAGE_SIZE = 100;

const isOutgoing = (record: TrunkRecord) => record.type === OUTGOING;

const LIST: View<TrunkPage, TrunkRecord> = {
  command: 'trunks list',
  rows: (page) => page.records,
  fields: [
    { name: 'id', header: 'ID', text: (record) => String(record.keyId), json: (record) => record.keyId },
    { name: 'name', header: 'NAME', text: (record) => record.sipTrunkName, wrap: true },
    { name: 'type', header: 'TYPE', text: (record) => TRUNK_TYPE_NAMES[record.type] },
    { name: 'state', header: 'STATE', text: (record) => (record.enabled ? 'enabled' : 'disabled') },
    // The type says which: an outgoing trunk's gateway, an incoming trunk's whitelist.
    { name: 'ip', header: 'GATEWAY/WHITELIST IP', text: (record) => (isOutgoing(record) ? record.sipGatewayIp : record.sipWhiteIp) },
    { name: 'prefix', header: 'PREFIX', text: (record) => record.sipPrefix, drop: 4 },
    { name: 'registration', header: 'REGISTRATION', text: (record) => (isOutgoing(record) ? (record.sipTrunkState ? 'on' : 'off') : ''), drop: 2 },
    { name: 'groups', header: 'GROUPS', text: (record) => groupsText(record), wrap: true, drop: 3 },
    { name: 'updated', header: 'UPDATED', text: (record) => record.updateTime, drop: 1 },
    { name: 'gatewayIp', header: 'GATEWAY IP', text: (record) => record.sipGatewayIp, extra: true },
    { name: 'whitelistIp', header: 'WHITELIST IP', text: (record) => record.sipWhiteIp, extra: true },
    { name: 'sipAccount', header: 'SIP ACCOUNT', text: (record) => record.sipAccount, extra: true },
    { name: 'created', header: 'CREATED', text: (record) => record.createTime, extra: true },
  ],
  empty: 'no SIP trunks match',
};

/** One trunk under the list's headers, as an update shows what was saved. */
const trunkTable = (record: TrunkRecord) => tableText(columnsOf(LIST.fields.filter((field) => !field.extra), [record])).text;

const invalid = (field: string, rule: string): Result<never> => invalidField(field, rule, 'Correct the option and run the command again. Nothing was sent.');

/**
 * `--group 104` or `--group 104:12025550188`; a group given without a number keeps the number it
 * is bound to now. Undefined when one is not written so: the trunk keeps its groups, and the
 * problem is told with the rest.
 */
function groupsFrom(values: string[], record: TrunkRecord): UpdateTrunkInput['groupList'] | EditIssue {
  const groups: UpdateTrunkInput['groupList'] = [];
  for (const value of values) {
    const match = /^(\d+)(?::(.*))?$/.exec(value.trim());
    if (!match) return { field: 'groupList', rule: `"${value}" must be VOICEGROUPID or VOICEGROUPID:NUMBER, such as 104 or 104:12025550188` };
    const voiceGroupId = Number(match[1]);
    const number = match[2] ?? record.groupList.find((group) => group.groupId === voiceGroupId)?.number;
    groups.push(record.type === INCOMING ? { voiceGroupId, number: number ?? '' } : { voiceGroupId, ...(match[2] !== undefined ? { number: match[2] } : {}) });
  }
  return groups;
}

const UPDATE_FLAGS = {
  sipTrunkName: '--name',
  sipPrefix: '--prefix',
  sipGatewayIp: '--gateway-ip',
  sipWhiteIp: '--whitelist-ip',
  sipTrunkState: '--registration',
  sipAccount: '--sip-account',
  sipPassword: '--sip-password-stdin',
  groupList: '--group',
};

interface UpdateOptions {
  name?: string;
  prefix?: string;
  gatewayIp?: string;
  whitelistIp?: string;
  registration?: string;
  sipAccount?: string;
  sipPasswordStdin?: boolean;
  group: string[];
  dryRun?: boolean;
}

/**
 * The trunk's current values (read from the list), with what the options change laid over them,
 * and what in the options cannot be read, for the check that reports every problem together.
 */
function editFrom(record: TrunkRecord, options: UpdateOptions): { edit: UpdateTrunkInput; unread: EditIssue[] } {
  const edit = updateInputFrom(record);
  const unread: EditIssue[] = [];
  if (options.name !== undefined) edit.sipTrunkName = options.name;
  if (options.prefix !== undefined) edit.sipPrefix = options.prefix;
  if (options.gatewayIp !== undefined) edit.sipGatewayIp = options.gatewayIp;
  if (options.whitelistIp !== undefined) edit.sipWhiteIp = options.whitelistIp;
  if (options.registration === 'on' || options.registration === 'off') edit.sipTrunkState = options.registration === 'on';
  else if (options.registration !== undefined) unread.push({ field: 'sipTrunkState', rule: 'must be on or off' });
  if (options.sipAccount !== undefined) edit.sipAccount = options.sipAccount;
  if (options.group.length > 0) {
    const groups = groupsFrom(options.group, record);
    if (Array.isArray(groups)) edit.groupList = groups;
    else unread.push(groups);
  }
  return { edit, unread };
}

export function registerTrunkCommands(program: Command, run: CommandRunner): void {
  const trunks = program.command('trunks').description('call-center SIP trunks: list and update');

  const list = trunks
    .command('list')
    .description(`list SIP trunks: the table shows the first ${FIRST_PAGE_SIZE} unless --all; every other output every one unless --limit`)
    .addOption(new Option('--type <type>', 'only outgoing or only incoming trunks').choices(Object.keys(TYPES)))
    .option('--name <text>', 'only trunks whose name contains this text')
    .option('--all', 'read every page')
    .option('--limit <n>', 'at most this many trunks');
  withOutputOptions(list, LIST).action((options: OutputOptions & { type?: keyof typeof TYPES; name?: string; all?: boolean; limit?: string }) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const extent = extentOf(options, shown.value.format !== 'table', FIRST_PAGE_SIZE);
      if (!extent.ok) return runtime.report(extent, () => '');
      const first = extent.value.whole ? undefined : extent.value.first;
      const result = await runtime.call('trunks.list', {
        ...(options.type ? { type: TYPES[options.type] } : {}),
        ...(options.name !== undefined ? { sipTrunkName: options.name } : {}),
        // One vendor page holds up to 100; more are read whole and cut here.
        ...(first !== undefined && first <= FIRST_PAGE_SIZE ? { current: 1, size: first } : { all: true }),
      });
      const page = result.ok && first !== undefined ? ok({ ...result.value, records: result.value.records.slice(0, first) }) : result;
      if (page.ok) notePartial(runtime.io, extent.value, page.value.records.length, page.value.total, 'trunks');
      return show(runtime, page, LIST, shown.value);
    }),
  );

  trunks
    .command('update <keyId>')
    .description('edit a SIP trunk; fields not given keep their current values (read from the trunk list first)')
    .option('--name <name>', 'trunk name')
    .option('--prefix <prefix>', 'SIP prefix ("" clears it)')
    .option('--gateway-ip <ip>', 'gateway IP (outgoing trunks)')
    .option('--whitelist-ip <ip>', 'whitelist IP (incoming trunks)')
    .option('--registration <on|off>', 'registration on or off (outgoing trunks)')
    .option('--sip-account <account>', 'SIP account the gateway registers with')
    .option('--sip-password-stdin', 'read the SIP password from the first line of stdin (else the current one is kept)')
    .option('--group <id[:number]>', 'agent group, repeat for each; replaces the list (incoming: id:number)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--dry-run', 'print what would change (field: current → new) and send nothing')
    .action((keyId: string, options: UpdateOptions) =>
      run(async (runtime) => {
        if (!/^\d+$/.test(keyId)) return runtime.report(invalid('keyId', `"${keyId}" must be a trunk id (a whole number; see \`switchboard trunks list\`)`), () => '');
        const list = await runtime.call('trunks.list', { all: true });
        if (!list.ok) return runtime.report(list, () => '');
        const record = list.value.records.find((trunk) => trunk.keyId === Number(keyId));
        if (!record) return runtime.report(invalid('keyId', `there is no SIP trunk ${keyId} on this profile (see \`switchboard trunks list\`)`), () => '');
        const { edit, unread } = editFrom(record, options);
        if (options.sipPasswordStdin) {
          const password = await runtime.readSecret('SIP password: ', true);
          if (!password.ok) return runtime.report(password, () => '');
          edit.sipPassword = password.value;
        }
        // The rules main holds the update to, its stricter ones on what changes included, every problem at once under its flag.
        const checked = checkedFlags(updateTrunkInput, edit, UPDATE_FLAGS, [...unread, ...trunkEditIssues(edit, record)]);
        if (!checked.ok) return runtime.report(checked, () => '');
        const target = `trunk ${record.keyId}`;
        const changes = trunkChanges(record, edit);
        if (changes.length === 0) return runtime.report(nothingToChange(target, 'trunks update'), () => '');
        if (options.dryRun) return runtime.report(ok<DryRun>({ dryRun: true, target, changes }), dryRunText);
        const saved = inFlagTerms(await runtime.call('trunks.update', edit), UPDATE_FLAGS);
        return runtime.report(saved, ({ keyId: id, record: fresh }) => (fresh ? `saved\n${trunkTable(fresh)}` : `saved trunk ${id}`));
      }),
    );
}
