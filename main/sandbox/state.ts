/**
 * The emulated account, held in memory and mutated by the endpoints. Tests and benchmarks may
 * change it directly (drain the balance, disable a key, flag a number) to reach every vendor code.
 */
import { randomBytes } from 'node:crypto';
import type { AnswerShapes } from './answer-shapes';

export interface Credential {
  apiKey: string;
  apiSecret: string;
  /** A disabled key still signs correctly; the vendor refuses it (-30 on number/edit, -1 elsewhere). */
  disabled?: boolean;
}

export interface Phone {
  groupName: string;
  phoneName: string;
  account: string;
  password: string;
  displayNum: string;
}

export type AudioFormat = 'mp3' | 'wav' | 'm4a';

/** What the vendor keeps of an uploaded greeting: its name and shape, not the bytes. */
export interface Greeting {
  fileName: string;
  size: number;
  format: AudioFormat;
}

export interface VoiceNumber {
  number: string;
  ccode: string;
  country: string;
  type: 'MOBILE' | 'FIXED';
  outIp: string;
  inIp: string;
  inboundPrefix: string;
  remark: string;
  enableVoicemail: '0' | '1';
  voicemailMaxHangup: number | null;
  greeting: Greeting | null;
  /** The workspace that owns the number is disabled: every edit answers -29. */
  workspaceDisabled: boolean;
  /** Expiry, "yyyy-MM-dd". */
  dueDate: string;
  /** The vendor's number state: 3 in use, 4 expired, 5 disabled. */
  numberState: 3 | 4 | 5;
}

export interface AgentGroup {
  voiceGroupId: number;
  groupName: string;
  /** How calls are shared among the agents (the vendor does not document the values). */
  callinStrategy?: number;
  /** How many agents the group has. */
  countSeat?: number;
}

export interface TrunkGroup {
  voiceGroupId: number;
  /** The inbound number routed to the group; only incoming trunks carry one. */
  number: string | null;
}

export interface Trunk {
  keyId: number;
  sipTrunkName: string;
  sipPrefix: string | null;
  /** 1 outgoing, 2 incoming; fixed at creation. */
  type: 1 | 2;
  /** 0 disabled, 1 enabled. */
  state: 0 | 1;
  sipGatewayIp: string | null;
  sipWhiteIp: string | null;
  ccIp: string;
  sipAccount: string | null;
  sipPassword: string | null;
  /** Registration on/off. */
  sipTrunkState: boolean;
  /** "yyyy-MM-dd HH:mm:ss" in the vendor's zone, as the query returns it. */
  createTime: string;
  updateTime: string;
  groupList: TrunkGroup[];
}

/** A country route: callees and bound numbers starting with `prefix` are billed `perCall`. */
export interface Rate {
  prefix: string;
  country: string;
  perCall: number;
}

/** How a phone call ended, as its record's terminationCode says (call-records.ts holds the codes). */
export type CallEnding = 'answered' | 'busy' | 'no-answer' | 'not-found' | 'unavailable';

/** How a call the sandbox did not play out itself went, told outright. */
export interface CallCourse {
  ending: CallEnding;
  /** Seconds it rang before it was answered or given up. */
  ringSeconds: number;
  /** Seconds talked; 0 unless answered. */
  talkSeconds: number;
}

export interface Call {
  recordingId: string;
  callee: string;
  account: string;
  displayNum: string | null;
  calledInfo: string | null;
  /** What ITNIO charged for it, in the quote currency. */
  cost: number;
  /** Sandbox clock, epoch ms. */
  at: number;
  /**
   * Set on the calls a phone dialled itself (the seeded history). A call placed through sendSip
   * has none: it ends as its callee's last digit says (call-records.ts), so a test can pick.
   */
  course?: CallCourse;
}

export type NumberCallDirection = 'incoming' | 'outgoing';

/** A call on one of the account's numbers, as number/record/queryPage lists it (wider API §5.3). */
export interface NumberCall {
  callId: string;
  /** The account's number (DID) the call came in on or went out from. */
  number: string;
  direction: NumberCallDirection;
  caller: string;
  called: string;
  /** When it started ringing: sandbox clock, epoch ms. */
  at: number;
  /** How long it rang, in seconds. */
  ringSeconds: number;
  /** Seconds talked; 0 when nobody answered. */
  duration: number;
  sipCode: string;
  hangupReason: string;
  /** What ITNIO charged, in the quote currency. */
  pay: number;
  /**
   * The token of the sandbox's direct link to its recording (answered calls), served once a query
   * has listed it; null when nothing was recorded.
   */
  recordingToken: string | null;
}

export interface SandboxState {
  appId: string;
  credentials: Credential[];
  balance: number;
  rates: Rate[];
  phones: Phone[];
  numbers: VoiceNumber[];
  agentGroups: AgentGroup[];
  trunks: Trunk[];
  /** Calls placed through sendSip, oldest first. */
  calls: Call[];
  /**
   * Calls the phones dialled themselves, at the handset rather than through the API: the seeded
   * history, oldest first. Their records are listed beside the placed calls'.
   */
  dialledCalls: Call[];
  /** Calls in and out of the account's numbers, oldest first (ringNumber adds one). */
  numberCalls: NumberCall[];
  /** Addresses allowed to call number/edit; empty means open to all. */
  ipWhitelist: string[];
  limits: { phones: number };
  /** The account is locked: getBalance answers -13. */
  accountLocked: boolean;
  /** How long after sendSip a call's record (CDR) appears, in sandbox-clock ms. */
  cdrDelayMs: number;
  /** How long a recording link from getRecordingFileUrl works, in sandbox-clock ms. */
  recordingLinkTtlMs: number;
  /** Links handed out by getRecordingFileUrl; the sandbox serves them without a signature. */
  recordingLinks: RecordingLink[];
  /** Which of the vendor's documented answer shapes to speak (see answer-shapes.ts). */
  answerShapes: AnswerShapes;
}

export interface RecordingLink {
  /** The unguessable part of the URL, as in a pre-signed link. */
  token: string;
  recordingFileId: string;
  /** Sandbox clock, epoch ms. */
  expiresAt: number;
}

/** The route with the longest matching country prefix, as a carrier's rate table resolves it. */
export function rateFor(rates: Rate[], digits: string): Rate | undefined {
  return rates.filter((rate) => digits.startsWith(rate.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

export interface PhoneBatch {
  groupName: string;
  phoneName: string;
  quantity: number;
  displayNum: string;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A SIP password like the vendor's: 12 letters and digits, without look-alikes. */
export function passwordFrom(random: () => number): string {
  return Array.from({ length: 12 }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

const FIRST_ACCOUNT = 80010001;

/**
 * Creates a batch the way sipAdd does. A single phone keeps `phoneName`; a batch of several gets
 * `phoneName-1` … `phoneName-N` (the vendor's samples show `sip-1`). Accounts are numeric strings
 * continuing after the highest existing one, so they stay unique whatever the batch size.
 */
export function addPhoneBatch(phones: Phone[], batch: PhoneBatch, password: () => string): Phone[] {
  const highest = phones.reduce((max, phone) => Math.max(max, Number(phone.account) || 0), FIRST_ACCOUNT - 1);
  const created = Array.from({ length: batch.quantity }, (_, index) => ({
    groupName: batch.groupName,
    phoneName: batch.quantity === 1 ? batch.phoneName : `${batch.phoneName}-${index + 1}`,
    account: String(highest + index + 1),
    password: password(),
    displayNum: batch.displayNum,
  }));
  phones.push(...created);
  return created;
}

/** A phone name is taken when a phone has it, or when it was the prefix of an earlier batch. */
export function isPhoneNameUsed(phones: Phone[], phoneName: string): boolean {
  return phones.some((phone) => phone.phoneName === phoneName || phone.phoneName.replace(/-\d+$/, '') === phoneName);
}

/** The unguessable part of a number call's recording link: the link is its own credential. */
export const recordingToken = (): string => randomBytes(12).toString('hex');

/** The next number-call id, unique in the account: "ncr" and eight digits. */
export const nextNumberCallId = (state: SandboxState): string => `ncr${String(state.numberCalls.length + 1).padStart(8, '0')}`;

export interface Ring {
  /** One of the account's numbers. */
  number: string;
  caller: string;
  /** When it rang, epoch ms; now by the real clock when left out (pass the sandbox's own when its clock is offset). */
  at?: number;
  /** Answered and talked this long (recorded); left out or 0, nobody answered and the caller hung up (487). */
  answeredSeconds?: number;
}

/**
 * An incoming call on one of the account's numbers, filed at once: what a test uses to see a fresh
 * missed call (or an answered one, with its recording) in the activity.
 */
export function ringNumber(state: SandboxState, ring: Ring): NumberCall {
  const callId = nextNumberCallId(state);
  const answered = (ring.answeredSeconds ?? 0) > 0;
  const call: NumberCall = {
    callId,
    number: ring.number,
    direction: 'incoming',
    caller: ring.caller,
    called: ring.number,
    at: ring.at ?? Date.now(),
    ringSeconds: answered ? 6 : 25,
    duration: answered ? ring.answeredSeconds! : 0,
    sipCode: answered ? '200' : '487',
    hangupReason: answered ? 'Normal call clearing' : 'Request terminated',
    pay: answered ? (rateFor(state.rates, ring.number)?.perCall ?? 0) : 0,
    recordingToken: answered ? recordingToken() : null,
  };
  state.numberCalls.push(call);
  return call;
}
