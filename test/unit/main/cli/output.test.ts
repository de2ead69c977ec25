import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../contract/result';
import { hasUnsafeChars } from '../../../../contract/text';
import { report, reportError, terminalIo, type Io } from '../../../../main/cli/output';

/** An Io that keeps what was printed, as the terminal would receive it. */
function captured() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  return { io, out, err };
}

/** Whether a terminal would act on the text beyond our own tabs and line feeds. */
const acts = (text: string) => hasUnsafeChars(text.replace(/[\t\n]/g, ''));
const HOSTILE = 'Desk\u001b[2J\u0000\u0007\n\t\r\u007f\u0085\u202e\u2066\u2028';

describe('report, in human form', () => {
  it('hands the formatter every string with its control characters made visible, and keeps its own line breaks', () => {
    const { io, out } = captured();
    const value = { phones: [{ groupName: HOSTILE }], count: 1 };
    const code = report(io, false, ok(value), (shown) => `${shown.phones[0]!.groupName}\n\t${shown.count} phone`);
    expect(code).toBe(0);
    expect(out).toEqual(['Desk␛[2J␀␇␊␉␍␡\ufffd\ufffd\ufffd\ufffd\n\t1 phone']);
    expect(value.phones[0]!.groupName).toBe(HOSTILE);
  });

  it('prints an error and its hint on stderr, one line each, with nothing that acts', () => {
    const { io, out, err } = captured();
    const code = reportError(io, false, { kind: 'vendor', code: '-3', message: `Group "${HOSTILE}" exists.`, hint: 'Pick\nanother.' });
    expect(code).toBe(3);
    expect(out).toEqual([]);
    expect(err).toEqual(['error: Group "Desk␛[2J␀␇␊␉␍␡\ufffd\ufffd\ufffd\ufffd" exists.\nhint: Pick␊another.']);
  });
});

describe('report, under --json', () => {
  it('escapes every character that would act, and the value parses back unchanged', () => {
    const { io, out } = captured();
    const value = { groupName: HOSTILE, nested: [{ note: '\u202e1000' }] };
    expect(report(io, true, ok(value), () => 'unused')).toBe(0);
    expect(out).toHaveLength(1);
    expect(acts(out[0]!)).toBe(false);
    expect(out[0]).toContain('\\u202e');
    expect(JSON.parse(out[0]!)).toEqual({ ok: true, value });
  });

  it('does the same for an error, on stdout', () => {
    const { io, out, err } = captured();
    const error = { kind: 'invalid-input', field: 'account', rule: 'is odd', message: `account: ${HOSTILE}` } as const;
    expect(reportError(io, true, error)).toBe(2);
    expect(err).toEqual([]);
    expect(acts(out[0]!)).toBe(false);
    expect(JSON.parse(out[0]!)).toEqual({ ok: false, error });
    expect(report(captured().io, true, fail(error), () => '')).toBe(2);
  });
});

describe('terminalIo', () => {
  it('lets tabs and line feeds through and makes everything else visible, on both streams', () => {
    const { io, out, err } = captured();
    const terminal = terminalIo(io);
    terminal.out(`a\tb\n${HOSTILE}`);
    terminal.err('\u001b]0;title\u0007');
    expect(out).toEqual(['a\tb\nDesk␛[2J␀␇\n\t␍␡\ufffd\ufffd\ufffd\ufffd']);
    expect(err).toEqual(['␛]0;title␇']);
  });
});

describe('--json', () => {
  it("keeps the shapes it documents: the catalog keys main sends the window beside its English stay out", () => {
    const { io, out } = captured();
    const balanceLow = { key: 'status.balanceTooLow.message' as const };
    report(io, true, ok({ problem: 'the file is not JSON', problemSay: { key: 'policy.problem.notJson' }, rows: [{ reason: 'no number', say: { reason: balanceLow } }] }), () => '');
    reportError(io, true, { kind: 'vendor', code: '-10', message: 'The account balance is too low to place this call.', say: { message: balanceLow } });
    expect(out.map((text) => JSON.parse(text))).toEqual([
      { ok: true, value: { problem: 'the file is not JSON', rows: [{ reason: 'no number' }] } },
      { ok: false, error: { kind: 'vendor', code: '-10', message: 'The account balance is too low to place this call.' } },
    ]);
  });
});
