import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { decodedLength, isAbsent, isBase64, isIntegerIn, isIpAddress, isIpWithOptionalPort, isText, sniffAudio } from '../rules';
import type { Greeting } from '../state';

const MAX_GREETING_BYTES = 5 * 1024 * 1024;

const isOptionalText = (value: unknown, max: number): value is string | null | undefined => isAbsent(value) || isText(value, 0, max);

interface Upload {
  base64: string;
  fileName: string;
}

function readUpload(file: unknown, fileName: unknown): Upload | undefined {
  if (isAbsent(file)) return undefined;
  check(typeof file === 'string' && isBase64(file), '-22', 'voicemailFile must be base64');
  check(isText(fileName, 1, 255), '-22', 'voicemailFileName is required with voicemailFile');
  return { base64: file, fileName };
}

/** The greeting the upload really is, or -27: size, content and extension must all agree. */
function readGreeting({ base64, fileName }: Upload): Greeting {
  const size = decodedLength(base64);
  check(size > 0 && size <= MAX_GREETING_BYTES, '-27', 'the greeting must be 1 byte to 5 MB');
  const format = sniffAudio(Buffer.from(base64, 'base64'));
  check(format, '-27', 'the greeting is not mp3, wav or m4a audio');
  check(fileName.toLowerCase().endsWith(`.${format}`), '-27', `the file name does not end in .${format}`);
  return { fileName, size, format };
}

/**
 * Edits a number's routing and voicemail. Fields left out keep their current value (the vendor's
 * update skips nulls); an empty string clears one.
 */
export function numberEdit({ state, body, clientIp }: EndpointContext): null {
  check(state.ipWhitelist.length === 0 || state.ipWhitelist.includes(clientIp), '-31');
  const { number, appId, outIp, inIp, inboundPrefix, remark, enableVoicemail, voicemailFile, voicemailFileName } = body;
  // The table says Integer, the vendor's own sample sends "99": both are taken.
  const voicemailMaxHangup = typeof body.voicemailMaxHangup === 'string' && /^\d{1,3}$/.test(body.voicemailMaxHangup) ? Number(body.voicemailMaxHangup) : body.voicemailMaxHangup;
  check(typeof number === 'string' && number !== '', '-22', 'number is required');
  check(appId === state.appId, '-22', 'appId is not this account’s voice application');
  // No spaces around the commas: the vendor matches each item as sent.
  // The number's own stored addresses pass as they are (see trunk-update's readIp): ITNIO keeps
  // values its own checks would not take today, and a number must stay editable with them.
  const target = state.numbers.find((candidate) => candidate.number === number);
  check(isOptionalText(outIp, 50) && (!outIp || outIp === target?.outIp || outIp.split(',').every(isIpAddress)), '-22', 'outIp must be IP addresses separated by commas, at most 50 characters');
  check(isOptionalText(inIp, 50) && (!inIp || inIp === target?.inIp || isIpWithOptionalPort(inIp)), '-22', 'inIp must be an IP or IP:port, at most 50 characters');
  check(isOptionalText(inboundPrefix, 32), '-22', 'inboundPrefix must be at most 32 characters');
  check(isOptionalText(remark, 50), '-22', 'remark must be at most 50 characters');
  check(enableVoicemail === '1' || enableVoicemail === '0', '-22', 'enableVoicemail must be the string "1" or "0"');
  check(
    isIntegerIn(voicemailMaxHangup, 1, 999) || (isAbsent(voicemailMaxHangup) && enableVoicemail === '0'),
    '-22',
    'voicemailMaxHangup must be an integer 1–999, and is required when voicemail is on',
  );
  const upload = readUpload(voicemailFile, voicemailFileName);

  check(target, '-24', 'no such number');
  check(!target.workspaceDisabled, '-29');
  const greeting = upload && readGreeting(upload);

  target.outIp = outIp ?? target.outIp;
  target.inIp = inIp ?? target.inIp;
  target.inboundPrefix = inboundPrefix ?? target.inboundPrefix;
  target.remark = remark ?? target.remark;
  target.enableVoicemail = enableVoicemail;
  target.voicemailMaxHangup = voicemailMaxHangup ?? target.voicemailMaxHangup;
  target.greeting = greeting ?? target.greeting;
  return null;
}
