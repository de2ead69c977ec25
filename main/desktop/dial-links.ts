/**
 * The number another app hands us: a tel: or callto: link (in the arguments of a launch on
 * Windows and Linux, through `open-url` on macOS) or `--dial NUMBER` on a command line. Plain
 * Node and pure, because everything here comes from outside: any web page can put a link in front
 * of the operator. What it yields only fills the Dialer; the operator presses Call.
 */
import type { EventPayload } from '../../contract/events';
import type { Said } from '../../contract/said';
import { hasUnsafeChars } from '../../contract/text';
import { inEnglish } from '../platform/messages';
import type { RendererEvents } from './renderer-events';

export type DialRequest = EventPayload<'dialer.prefill'>;

/** Longer than any number written with its separators and parameters: nothing real is cut off. */
export const MAX_LINK_LENGTH = 256;
const MAX_NUMBER_LENGTH = 64;

const LINK = /^(tel|callto):/i;
// RFC 3966's visual separators, the spaces and Unicode dashes people paste, and any script's digits.
const WRITTEN_NUMBER = /^\+?[\p{Nd}\s\-\u2010-\u2015.()/]+$/u;
const GLOBAL_CONTEXT = /^\+[\p{Nd}\-.()]+$/u;
const DIAL_OPTION = '--dial';

/** The first dial request in a launch's arguments: a link, or `--dial NUMBER`; none if neither is there. */
export function dialRequestFromArgs(argv: readonly string[]): DialRequest | undefined {
  for (const [index, arg] of argv.entries()) {
    if (LINK.test(arg)) return dialRequestFromLink(arg);
    if (arg === DIAL_OPTION) return dialedNumber(argv[index + 1]);
    if (arg.startsWith(`${DIAL_OPTION}=`)) return dialedNumber(arg.slice(DIAL_OPTION.length + 1));
  }
  return undefined;
}

/** What a tel: or callto: link asks to dial (RFC 3966; callto: as Skype and CRMs write it). */
export function dialRequestFromLink(link: string): DialRequest {
  const scheme = LINK.exec(link)?.[1]?.toLowerCase();
  if (!scheme) return unreadable('link', { key: 'desktop.dialLinks.notALink' });
  const name = `${scheme}:`;
  if (link.length > MAX_LINK_LENGTH) return unreadable('link', { key: 'desktop.dialLinks.linkTooLong', values: { scheme: name, max: MAX_LINK_LENGTH } });

  // `callto://+44…` and `tel://…` are common; a query (`?call`) and parameters (`;ext=12`) are not the number.
  const parts = link.slice(name.length).replace(/^\/\//, '').split('?')[0]!.split(';').map(decoded);
  if (parts.some((part) => part === undefined)) return unreadable('link', { key: 'desktop.dialLinks.linkNotEncoded', values: { scheme: name } });
  const [number = '', ...parameters] = parts as string[];
  const problem = numberProblem(number);
  if (problem) return unreadable('link', { key: 'desktop.dialLinks.link', values: { scheme: name, problem } });
  const context = parameters.find((parameter) => parameter.toLowerCase().startsWith('phone-context='))?.slice('phone-context='.length);
  // A local number names its country's code in phone-context (RFC 3966 §5.1.5): dialled with it.
  const global = !number.trim().startsWith('+') && context !== undefined && GLOBAL_CONTEXT.test(context) ? `${context} ${number.trim()}` : number.trim();
  return global.length > MAX_NUMBER_LENGTH
    ? unreadable('link', { key: 'desktop.dialLinks.linkNumberTooLong', values: { scheme: name, max: MAX_NUMBER_LENGTH } })
    : { kind: 'number', from: 'link', number: global };
}

/**
 * The number on the clipboard, for the global shortcut: a number or a tel:/callto: link copied from
 * anywhere, alone on its line; anything else (a paragraph, a password) is not read out.
 */
export function dialRequestFromClipboard(text: string): DialRequest {
  const copied = text.trim();
  if (!copied) return unreadable('clipboard', { key: 'desktop.dialLinks.clipboardEmpty' });
  if (LINK.test(copied)) return { ...dialRequestFromLink(copied), from: 'clipboard' };
  const problem: Said | undefined = copied.length > MAX_NUMBER_LENGTH ? { key: 'desktop.dialLinks.problem.moreThanNumber', values: { max: MAX_NUMBER_LENGTH } } : numberProblem(copied);
  return problem ? unreadable('clipboard', { key: 'desktop.dialLinks.clipboard', values: { problem } }) : { kind: 'number', from: 'clipboard', number: copied };
}

function dialedNumber(text: string | undefined): DialRequest {
  if (text === undefined || text.startsWith('-')) return unreadable('launch', { key: 'desktop.dialLinks.optionNeedsNumber', values: { option: DIAL_OPTION } });
  if (LINK.test(text)) return { ...dialRequestFromLink(text), from: 'launch' };
  const problem: Said | undefined = text.trim().length > MAX_NUMBER_LENGTH ? { key: 'desktop.dialLinks.problem.tooLong', values: { max: MAX_NUMBER_LENGTH } } : numberProblem(text);
  return problem ? unreadable('launch', { key: 'desktop.dialLinks.option', values: { option: DIAL_OPTION, problem } }) : { kind: 'number', from: 'launch', number: text.trim() };
}

function numberProblem(number: string): Said | undefined {
  if (hasUnsafeChars(number)) return { key: 'desktop.dialLinks.problem.unsafe' };
  if (!WRITTEN_NUMBER.test(number.trim()) || !/\p{Nd}/u.test(number)) return { key: 'desktop.dialLinks.problem.noNumber' };
  return undefined;
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Why nothing was filled in: English for the log and the CLI's tests, keys for the window to say in its language. */
const unreadable = (from: DialRequest['from'], problem: Said): DialRequest => ({ kind: 'unreadable', from, problem: inEnglish(problem), say: problem });

/** The clipboard holds the SIP password Switchboard copied: it is for a phone's setup, not the Dialer. */
export const COPIED_PASSWORD: DialRequest = unreadable('clipboard', { key: 'desktop.dialLinks.copiedPassword' });

/**
 * Fills the Dialer with the launch's request, if it has one: the glue main/index.ts runs for the
 * first launch and each second one, and the e2e harness runs for its launches.
 */
export function dialFromArgs(argv: readonly string[], events: RendererEvents): boolean {
  const request = dialRequestFromArgs(argv);
  if (request) events.emit('dialer.prefill', request);
  return request !== undefined;
}
