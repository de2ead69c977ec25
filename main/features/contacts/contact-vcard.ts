import type { Said } from '../../../contract/said';
import type { Contact } from '../../../contract/schemas/contacts';
import type { FileContact, FileValue } from './contact-rows';

/**
 * vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), as phones, Google, Apple and Outlook export them: a
 * file of BEGIN:VCARD … END:VCARD cards, lines folded by starting the next one with a space or
 * tab, values escaped with backslashes. Read from each card: FN (else N), the first part of ORG,
 * NOTE, every TEL (a number or a tel: URI) with its TYPE or Apple's X-ABLabel as the label, and
 * CATEGORIES holding "starred" (Google's mark for a favourite). vCard 2.1's quoted-printable and
 * other character sets are refused with the reason; vCard 3.0 and 4.0 are UTF-8.
 *
 * Switchboard writes vCard 3.0, which every address book still reads.
 */

interface Property {
  /** `item1` in Apple's `item1.TEL`. */
  group: string;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

interface Card {
  line: number;
  properties: Property[];
  ended: boolean;
}

/** Every card in the text, each with the line its BEGIN:VCARD is on. */
export function readVcards(text: string): FileContact[] {
  return cardsOf(text).map(contactOf);
}

/** The logical lines (folded ones joined) with the physical line each starts on. */
function unfolded(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((physical, index) => {
      const last = lines.at(-1);
      if (last && /^[ \t]/.test(physical)) last.text += physical.slice(1);
      else lines.push({ line: index + 1, text: physical });
    });
  return lines;
}

function cardsOf(text: string): Card[] {
  const cards: Card[] = [];
  let card: Card | undefined;
  for (const { line, text: content } of unfolded(text)) {
    if (/^begin:vcard\s*$/i.test(content)) {
      card = { line, properties: [], ended: false };
      cards.push(card);
    } else if (/^end:vcard\s*$/i.test(content)) {
      if (card) card.ended = true;
      card = undefined;
    } else if (card) {
      const property = propertyOf(content);
      if (property) card.properties.push(property);
    }
  }
  return cards;
}

/** `[group.]NAME[;PARAM=VALUE…]:value`; undefined for a line that is not one. */
function propertyOf(line: string): Property | undefined {
  const colon = outsideQuotes(line, ':')[0];
  if (colon === undefined) return undefined;
  const [head = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    // vCard 2.1 writes a bare type: TEL;CELL:…
    const [key, values] = equals === -1 ? ['TYPE', raw] : [raw.slice(0, equals), raw.slice(equals + 1)];
    // 4.0 may quote a list (TYPE="voice,cell"); 3.0 repeats the parameter or lists it bare.
    const list = values.replace(/"/g, '').split(',').map((value) => value.trim().toLowerCase());
    params.set(key.trim().toUpperCase(), [...(params.get(key.trim().toUpperCase()) ?? []), ...list]);
  }
  return { group: dot === -1 ? '' : head.slice(0, dot), name: head.slice(dot + 1).trim().toUpperCase(), params, value: line.slice(colon + 1) };
}

/** The positions of `char` outside double quotes. */
function outsideQuotes(text: string, char: string): number[] {
  const at: number[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === char && !quoted) at.push(index);
  }
  return at;
}

function splitOutsideQuotes(text: string, char: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const at of outsideQuotes(text, char)) {
    parts.push(text.slice(start, at));
    start = at + 1;
  }
  return [...parts, text.slice(start)];
}

/** A text value's components (split at unescaped `;`), each unescaped: `\n` a line break, `\,` `\;` `\\` themselves. */
function components(value: string): string[] {
  const parts: string[] = [''];
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      const next = value[++index]!;
      parts[parts.length - 1] += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === ';') parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

const textOf = (value: string): string => components(value).join(';');

// TYPE values that say how a number is reached, not whose it is.
const NOT_A_LABEL = new Set(['voice', 'pref', 'internet', 'msg', 'text', 'textphone', 'bbs', 'modem', 'isdn', 'pcs', 'video']);
const LABELS: Record<string, string> = { cell: 'mobile', iphone: 'mobile', work: 'work', home: 'home', main: 'main', fax: 'fax', pager: 'pager', car: 'car' };

/** Apple's `_$!<Mobile>!$_` is its own name for a standard label. */
const appleLabel = (text: string): string => text.replace(/^_\$!<(.*)>!\$_$/, '$1').toLowerCase();

function contactOf(card: Card): FileContact {
  const first = (name: string) => card.properties.find((property) => property.name === name);
  const value = (name: string, read: (property: Property) => string = (property) => textOf(property.value)): FileValue => {
    const property = first(name);
    return { text: property ? read(property) : '', field: name };
  };
  const contact: FileContact = {
    line: card.line,
    name: value('FN'),
    company: value('ORG', (property) => components(property.value)[0] ?? ''),
    note: value('NOTE'),
    numbers: [],
    favourite: card.properties.some((property) => property.name === 'CATEGORIES' && components(property.value).join(',').split(',').some((category) => category.trim().toLowerCase() === 'starred')),
  };
  if (!contact.name.text.trim()) {
    // N is family;given;additional;prefix;suffix.
    const [family = '', given = '', additional = ''] = components(first('N')?.value ?? '');
    contact.name = { text: [given, additional, family].map((part) => part.trim()).filter(Boolean).join(' '), field: 'N' };
  }
  const tels = card.properties.filter((property) => property.name === 'TEL');
  contact.numbers = tels.map((tel, index) => {
    const ownLabel = card.properties.find((property) => tel.group && property.group === tel.group && property.name === 'X-ABLABEL');
    const type = (tel.params.get('TYPE') ?? []).find((kind) => !NOT_A_LABEL.has(kind));
    const label = ownLabel ? appleLabel(textOf(ownLabel.value)) : type ? (LABELS[type] ?? type) : '';
    // A 4.0 tel: URI may carry parameters after the number (;ext=12).
    const number = textOf(tel.value).replace(/^tel:([^;]*).*$/i, '$1');
    return { text: number, field: tels.length > 1 ? `TEL ${index + 1}` : 'TEL', label };
  });
  const unread = [contact.name.field, 'ORG', 'NOTE', 'TEL']
    .flatMap((name) => card.properties.filter((property) => property.name === name))
    .flatMap((property) => {
      const reason = unreadableBecause(property);
      return reason ? [{ property, reason }] : [];
    })[0];
  if (!card.ended) contact.unreadable = { key: 'contacts.importRow.noEndVcard', values: { line: card.line } };
  else if (unread) contact.unreadable = { key: 'contacts.importRow.unreadableVcard', values: { property: unread.property.name, reason: unread.reason } };
  return contact;
}

function unreadableBecause(property: Property): Said | undefined {
  const encoding = [...(property.params.get('ENCODING') ?? []), ...(property.params.get('TYPE') ?? [])];
  if (encoding.includes('quoted-printable')) return { key: 'contacts.importRow.quotedPrintable' };
  const charset = property.params.get('CHARSET')?.[0];
  if (charset && charset !== 'utf-8') return { key: 'contacts.importRow.charset', values: { charset } };
  return undefined;
}

// Labels the TYPE parameter names in every address book; any other is Apple's X-ABLabel.
const TYPES: Record<string, string> = { mobile: 'CELL', work: 'WORK', home: 'HOME' };

/** A text value escaped for vCard: backslash, comma and semicolon, line breaks as \n. */
const escaped = (text: string): string => text.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');

/**
 * One content line folded at 75 octets (RFC 2426 §2.6, RFC 6350 §3.2): each following part
 * starts with a space, and no UTF-8 character is split.
 */
function folded(line: string, lineEnd: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join(`${lineEnd} `);
}

function cardOf(contact: Contact): string[] {
  // A company's card (its name stands in for a person's) has no person's name to split.
  const words = contact.name === contact.company ? [] : contact.name.trim().split(/\s+/);
  // N wants the family name apart: the last word, as most address books split a name written whole.
  const family = words.length > 1 ? words.at(-1)! : '';
  const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escaped(contact.name)}`, `N:${escaped(family)};${escaped(given)};;;`];
  if (contact.company) lines.push(`ORG:${escaped(contact.company)}`);
  if (contact.note) lines.push(`NOTE:${escaped(contact.note)}`);
  if (contact.favourite) lines.push('CATEGORIES:starred');
  contact.numbers.forEach((number, index) => {
    const type = TYPES[number.label];
    if (type || !number.label) lines.push(`TEL${type ? `;TYPE=${type}` : ''}:+${number.digits}`);
    else lines.push(`item${index + 1}.TEL:+${number.digits}`, `item${index + 1}.X-ABLabel:${escaped(number.label)}`);
  });
  lines.push('END:VCARD');
  return lines;
}

/**
 * The address book as vCard 3.0, with CRLF line ends as the RFC has them, or `lineEnd` for text
 * printed through a terminal guard that shows a carriage return rather than sending it.
 */
export function contactsVcard(contacts: readonly Contact[], lineEnd = '\r\n'): string {
  return contacts.flatMap(cardOf).map((line) => `${folded(line, lineEnd)}${lineEnd}`).join('');
}
