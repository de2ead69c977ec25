import { seededRandom, seedNumberCalls, seedPhoneCalls } from './seed-calls';
import { addPhoneBatch, passwordFrom, type Credential, type Rate, type SandboxState, type Trunk, type VoiceNumber } from './state';

export interface SeedOptions {
  /** Extra phones in a group named "Bulk", for big-list benchmarks. */
  extraPhones?: number;
}

const SEED_APP_ID = 'app-7f3c21';
const DEFAULT_PHONE_LIMIT = 2000;
/** Room for a few sipAdd batches on top of whatever was seeded. */
const PHONE_LIMIT_HEADROOM = 50;
/** Long enough that "no record yet" is seen, short enough for a test or a demo to wait it out. */
const DEFAULT_CDR_DELAY_MS = 2_000;
const DEFAULT_RECORDING_LINK_TTL_MS = 5 * 60_000;

/** Platform configuration, not account data: present even in an unseeded sandbox. */
const RATES: Rate[] = [
  { prefix: '1', country: 'United States / Canada', perCall: 0.03 },
  { prefix: '31', country: 'Netherlands', perCall: 0.06 },
  { prefix: '33', country: 'France', perCall: 0.06 },
  { prefix: '34', country: 'Spain', perCall: 0.06 },
  { prefix: '39', country: 'Italy', perCall: 0.06 },
  { prefix: '44', country: 'United Kingdom', perCall: 0.05 },
  { prefix: '49', country: 'Germany', perCall: 0.05 },
  { prefix: '52', country: 'Mexico', perCall: 0.07 },
  { prefix: '55', country: 'Brazil', perCall: 0.08 },
  { prefix: '61', country: 'Australia', perCall: 0.06 },
  { prefix: '62', country: 'Indonesia', perCall: 0.09 },
  { prefix: '63', country: 'Philippines', perCall: 0.1 },
  { prefix: '65', country: 'Singapore', perCall: 0.04 },
  { prefix: '81', country: 'Japan', perCall: 0.07 },
  { prefix: '84', country: 'Vietnam', perCall: 0.08 },
  { prefix: '86', country: 'China', perCall: 0.04 },
  { prefix: '91', country: 'India', perCall: 0.02 },
  { prefix: '234', country: 'Nigeria', perCall: 0.12 },
  { prefix: '27', country: 'South Africa', perCall: 0.09 },
  { prefix: '971', country: 'United Arab Emirates', perCall: 0.11 },
];

/** A date `days` from today, "yyyy-MM-dd": expiry dates stay as near as seeded whenever it runs. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Numbers come from ranges reserved for drama and documentation (Ofcom 07700 900xxx and
// 020 7946 0xxx, NANP 555-01xx, Berlin 030 23125xxx), so nobody real is ever dialled.
// 13105550117 expires within 30 days, so the list has one to warn about.
const numbers = (): VoiceNumber[] => {
  const plain = {
    outIp: '',
    inIp: '',
    inboundPrefix: '',
    remark: '',
    enableVoicemail: '0',
    voicemailMaxHangup: null,
    greeting: null,
    workspaceDisabled: false,
    numberState: 3,
  } as const;
  return [
    {
      ...plain,
      number: '447700900123',
      ccode: '44',
      country: 'United Kingdom',
      type: 'MOBILE',
      outIp: '198.51.100.10,198.51.100.11',
      inIp: '203.0.113.20:5060',
      remark: 'Reception main line',
      enableVoicemail: '1',
      voicemailMaxHangup: 60,
      greeting: { fileName: 'reception-greeting.mp3', size: 48_213, format: 'mp3' },
      dueDate: inDays(200),
    },
    { ...plain, number: '442079460958', ccode: '44', country: 'United Kingdom', type: 'FIXED', inIp: '203.0.113.21', remark: 'London office', dueDate: inDays(95) },
    { ...plain, number: '12025550143', ccode: '1', country: 'United States', type: 'FIXED', inboundPrefix: '77', remark: 'US support', dueDate: inDays(330) },
    { ...plain, number: '13105550117', ccode: '1', country: 'United States', type: 'MOBILE', dueDate: inDays(12) },
    { ...plain, number: '493023125042', ccode: '49', country: 'Germany', type: 'FIXED', outIp: '2001:db8::15', remark: 'Berlin warehouse', dueDate: inDays(58) },
  ];
};

const AGENT_GROUPS = [
  { voiceGroupId: 101, groupName: 'Reception', callinStrategy: 1, countSeat: 4 },
  { voiceGroupId: 102, groupName: 'Sales EMEA', callinStrategy: 2, countSeat: 6 },
  { voiceGroupId: 103, groupName: 'Sales Americas', callinStrategy: 2, countSeat: 5 },
  { voiceGroupId: 104, groupName: 'Support Tier 1', callinStrategy: 1, countSeat: 8 },
  { voiceGroupId: 105, groupName: 'Support Tier 2', callinStrategy: 1, countSeat: 3 },
  { voiceGroupId: 106, groupName: 'Collections', callinStrategy: 3, countSeat: 2 },
];

/** The vendor's call-centre address customers must allow; one per media node. */
const CC_IP = '192.0.2.80';

// An agent group takes one outgoing and one incoming trunk; 106 is left free for outgoing and
// 103 for incoming, so an update can move a group without first unbinding one.
const trunks = (random: () => number): Trunk[] => {
  const trunk = (keyId: number, name: string, extra: Partial<Trunk>): Trunk => ({
    keyId,
    sipTrunkName: name,
    sipPrefix: null,
    type: 1,
    state: 1,
    sipGatewayIp: null,
    sipWhiteIp: null,
    ccIp: CC_IP,
    sipAccount: null,
    sipPassword: null,
    sipTrunkState: false,
    createTime: '2025-02-11 09:14:05',
    updateTime: '2025-02-11 09:14:05',
    groupList: [],
    ...extra,
  });
  const outgoing = (keyId: number, name: string, gateway: string, groupId: number, extra: Partial<Trunk> = {}) =>
    trunk(keyId, name, { sipGatewayIp: gateway, groupList: [{ voiceGroupId: groupId, number: null }], ...extra });
  const incoming = (keyId: number, name: string, whitelist: string, groups: [number, string][], extra: Partial<Trunk> = {}) =>
    trunk(keyId, name, { type: 2, sipWhiteIp: whitelist, groupList: groups.map(([voiceGroupId, number]) => ({ voiceGroupId, number })), ...extra });
  return [
    outgoing(2001, 'LON-Out-Primary', '198.51.100.10', 101, {
      sipPrefix: '9',
      sipTrunkState: true,
      sipAccount: 'lonout01',
      sipPassword: passwordFrom(random),
      updateTime: '2025-04-02 16:40:12',
    }),
    outgoing(2002, 'LON-Out-Backup', '198.51.100.11', 102, { state: 0, createTime: '2025-02-11 09:20:44', updateTime: '2025-02-11 09:20:44' }),
    outgoing(2003, 'NYC-Out-Primary', '198.51.100.20', 103, {
      sipTrunkState: true,
      sipAccount: 'nycout01',
      sipPassword: passwordFrom(random),
      createTime: '2025-03-03 14:02:51',
      updateTime: '2025-03-19 10:11:37',
    }),
    outgoing(2004, 'FRA-Out-Primary', '198.51.100.30', 104, { sipPrefix: '0049', createTime: '2025-03-07 08:45:00', updateTime: '2025-03-07 08:45:00' }),
    outgoing(2005, 'Legacy PBX Out', '2001:db8::15', 105, { state: 0, createTime: '2024-11-28 17:31:09', updateTime: '2025-01-06 11:02:26' }),
    incoming(2006, 'LON-In-Reception', '203.0.113.40', [[101, '442079460958']], { createTime: '2025-02-12 10:05:19', updateTime: '2025-02-12 10:05:19' }),
    incoming(2007, 'LON-In-Sales', '203.0.113.41', [[102, '447700900456']], { createTime: '2025-02-12 10:09:47', updateTime: '2025-05-20 09:30:02' }),
    incoming(2008, 'NYC-In-Support', '203.0.113.50', [[104, '12025550188'], [105, '12025550189']], {
      sipPrefix: '1',
      createTime: '2025-03-03 14:10:33',
      updateTime: '2025-03-03 14:10:33',
    }),
    incoming(2009, 'BER-In-Collections', '203.0.113.60', [[106, '493023125077']], { state: 0, createTime: '2025-03-07 09:01:58', updateTime: '2025-03-07 09:01:58' }),
    // Its groups were unbound in the console: the vendor lists such a trunk with an empty groupList.
    incoming(2010, 'Lab-In-Test', '2001:db8::40', [], { state: 0, createTime: '2025-06-02 13:27:45', updateTime: '2025-06-02 13:27:45' }),
  ];
};

/** `now` is the sandbox clock's: seeded history is laid out back from it. */
export function createState(credentials: Credential[], seed: boolean | SeedOptions, now = Date.now()): SandboxState {
  const state: SandboxState = {
    appId: SEED_APP_ID,
    credentials: credentials.map((credential) => ({ ...credential })),
    balance: 0,
    rates: RATES.map((rate) => ({ ...rate })),
    phones: [],
    numbers: [],
    agentGroups: [],
    trunks: [],
    calls: [],
    dialledCalls: [],
    numberCalls: [],
    ipWhitelist: [],
    limits: { phones: DEFAULT_PHONE_LIMIT },
    accountLocked: false,
    cdrDelayMs: DEFAULT_CDR_DELAY_MS,
    recordingLinkTtlMs: DEFAULT_RECORDING_LINK_TTL_MS,
    recordingLinks: [],
    answerShapes: 'usual',
  };
  if (seed === false) return state;

  const random = seededRandom(0x5b0a4d);
  const password = () => passwordFrom(random);
  addPhoneBatch(state.phones, { groupName: 'Front Office', phoneName: 'desk', quantity: 3, displayNum: '447700900123' }, password);
  addPhoneBatch(state.phones, { groupName: 'Support Team', phoneName: 'support', quantity: 3, displayNum: '12025550143' }, password);
  addPhoneBatch(state.phones, { groupName: 'Warehouse', phoneName: 'dock', quantity: 2, displayNum: '493023125042' }, password);
  const extra = seed === true ? 0 : (seed.extraPhones ?? 0);
  if (extra > 0) addPhoneBatch(state.phones, { groupName: 'Bulk', phoneName: 'bulk', quantity: extra, displayNum: '12025550143' }, password);

  state.balance = 25;
  state.numbers = numbers();
  state.agentGroups = AGENT_GROUPS.map((group) => ({ ...group }));
  state.trunks = trunks(random);
  // A stream of its own, so the passwords above stay what they always were.
  seedNumberCalls(state, seededRandom(0x4ca11), now);
  seedPhoneCalls(state, seededRandom(0x9d1a1), now);
  state.limits.phones = Math.max(DEFAULT_PHONE_LIMIT, state.phones.length + PHONE_LIMIT_HEADROOM);
  return state;
}
