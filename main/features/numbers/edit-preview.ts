import type { z } from 'zod';
import { numberChanges, numberEditIssues, numberSettings, type ListedNumber, type NumberEditPreviewed, type numberEditPlan, type NumberRouting } from '../../../contract/schemas/numbers';

type Plan = z.output<typeof numberEditPlan>;

/** The fields as the previews and the journal name them (numberChanges' words), for a problem an operator reads. */
const FIELD_NAMES: Record<string, string> = {
  number: 'number',
  outIp: 'outbound IPs',
  inIp: 'inbound address',
  inboundPrefix: 'inbound prefix',
  remark: 'remark',
  enableVoicemail: 'voicemail',
  voicemailMaxHangup: 'max hangup',
};

/** The routing values an edit sends: an empty one is left out (numbers.edit never sends one), so the number keeps its own. */
export function sentRouting(edit: NumberRouting): NumberRouting {
  const { outIp, inIp, inboundPrefix, remark } = edit;
  return { ...(outIp ? { outIp } : {}), ...(inIp ? { inIp } : {}), ...(inboundPrefix ? { inboundPrefix } : {}), ...(remark ? { remark } : {}) };
}

/**
 * What one edit asked of several numbers does to each, against the numbers as just read: each field
 * left out is kept as each number has it, the voicemail switch and its max hangup included (ITNIO
 * needs the switch with every edit). A number not listed, asked twice, or breaking a rule is not
 * sent to, and says why.
 */
export function previewEdits(plan: Plan, listed: readonly ListedNumber[], greetingFileName: string | undefined): NumberEditPreviewed[] {
  const seen = new Set<string>();
  return plan.numbers.map((number) => {
    const current = listed.find((candidate) => candidate.number === number);
    if (seen.has(number)) return { number, changes: [], problem: `${number} is asked for more than once; it is edited once` };
    seen.add(number);
    if (!current) return { number, changes: [], problem: `${number} is not among this account's numbers, so nothing is sent to it` };
    return previewEdit(plan, current, greetingFileName);
  });
}

function previewEdit(plan: Plan, current: ListedNumber, greetingFileName: string | undefined): NumberEditPreviewed {
  const { number } = current;
  const routing = sentRouting(plan);
  const [broken] = numberEditIssues(routing, current);
  if (broken) return { number, changes: [], problem: `${FIELD_NAMES[broken.field] ?? broken.field}: ${broken.rule}` };
  const enableVoicemail = plan.enableVoicemail ?? current.enableVoicemail;
  const voicemailMaxHangup = typeof plan.voicemailMaxHangup === 'number' ? plan.voicemailMaxHangup : enableVoicemail ? (current.voicemailMaxHangup ?? undefined) : undefined;
  const input = numberSettings.safeParse({ number, ...routing, enableVoicemail, voicemailMaxHangup, ...(plan.greetingId ? { greetingId: plan.greetingId } : {}) });
  if (!input.success) {
    const issue = input.error.issues[0];
    const field = String(issue?.path[0] ?? 'number');
    return { number, changes: [], problem: `${FIELD_NAMES[field] ?? field}: ${issue?.message ?? 'is not valid'}` };
  }
  return { number, changes: numberChanges(current, { ...routing, enableVoicemail, voicemailMaxHangup, greetingFileName }), input: input.data };
}
