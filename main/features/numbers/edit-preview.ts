import type { z } from 'zod';
import { ruleSaid } from '../../../contract/messages/templates';
import type { Said } from '../../../contract/said';
import { numberChanges, numberEditIssues, numberSettings, type ListedNumber, type NumberEditPreviewed, type numberEditPlan, type NumberRouting } from '../../../contract/schemas/numbers';
import { inEnglish } from '../../platform/messages';

type Plan = z.output<typeof numberEditPlan>;

/** The fields as the previews and the journal name them (numberChanges' words), for a problem an operator reads. */
const FIELD_NAMES: Record<string, Said> = {
  number: { key: 'numbers.fields.number' },
  outIp: { key: 'numbers.fields.outIp' },
  inIp: { key: 'numbers.fields.inIp' },
  inboundPrefix: { key: 'numbers.fields.inboundPrefix' },
  remark: { key: 'numbers.fields.remark' },
  enableVoicemail: { key: 'numbers.fields.enableVoicemail' },
  voicemailMaxHangup: { key: 'numbers.fields.voicemailMaxHangup' },
};

/** Why a number is not sent to, in English (the CLI's line) and as keys (the window's). */
const refused = (number: string, problem: Said): NumberEditPreviewed => ({ number, changes: [], problem: inEnglish(problem), say: { problem } });

/** "outbound IPs: must be …": a rule the catalog has no template of stays English inside the keyed line. */
const broke = (number: string, field: string, rule: string): NumberEditPreviewed =>
  refused(number, { key: 'rules.onField', values: { field: FIELD_NAMES[field] ?? field, rule: ruleSaid(rule) ?? rule } });

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
    if (seen.has(number)) return refused(number, { key: 'numbers.editPreview.askedTwice', values: { number } });
    seen.add(number);
    if (!current) return refused(number, { key: 'numbers.editPreview.notListed', values: { number } });
    return previewEdit(plan, current, greetingFileName);
  });
}

function previewEdit(plan: Plan, current: ListedNumber, greetingFileName: string | undefined): NumberEditPreviewed {
  const { number } = current;
  const routing = sentRouting(plan);
  const [broken] = numberEditIssues(routing, current);
  if (broken) return broke(number, broken.field, broken.rule);
  const enableVoicemail = plan.enableVoicemail ?? current.enableVoicemail;
  const voicemailMaxHangup = typeof plan.voicemailMaxHangup === 'number' ? plan.voicemailMaxHangup : enableVoicemail ? (current.voicemailMaxHangup ?? undefined) : undefined;
  const input = numberSettings.safeParse({ number, ...routing, enableVoicemail, voicemailMaxHangup, ...(plan.greetingId ? { greetingId: plan.greetingId } : {}) });
  if (!input.success) {
    const issue = input.error.issues[0];
    return broke(number, String(issue?.path[0] ?? 'number'), issue?.message ?? 'is not valid');
  }
  return { number, changes: numberChanges(current, { ...routing, enableVoicemail, voicemailMaxHangup, greetingFileName }), input: input.data };
}
