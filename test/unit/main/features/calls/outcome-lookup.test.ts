/** calls.outcome, calls.recording and calls.saveRecording against the embedded sandbox. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallRecord as VendorCallRecord } from '../../../../../main/platform/itnio';
import { toCallRecord } from '../../../../../main/features/calls/call-records';
import type { Sandbox } from '../../../../../main/sandbox';
import { inEnglish } from '../../../../../main/platform/messages';
import { callRecord } from '../../../../support/fixtures/call-records';
import { startAccount } from '../../../../support/account';
import { fileCallRecords, openTestApp, useTestApp } from '../../../../support/app';

const app = useTestApp();

/** Places a call the way the dialer does; the callee's last digit picks how it ends in the sandbox. */
async function placeCall(callee: string): Promise<string> {
  const placed = await app.value('calls.place', { callee, account: '80010001' });
  return placed.recordingId;
}

describe('calls.outcome', () => {
  it('says "not yet" until ITNIO files the record, then gives the answered call', async () => {
    const recordingId = await placeCall('447700900123');
    expect(await app.value('calls.outcome', { recordingId })).toEqual({ recordingId, checkedAt: expect.any(String), available: false });
    fileCallRecords(app.sandbox);
    const outcome = await app.value('calls.outcome', { recordingId });
    expect(outcome).toEqual({
      recordingId,
      checkedAt: expect.any(String),
      available: true,
      // The sandbox files the answered call as the fixture has it, but for the callee, the times and 38 s of talk.
      record: callRecord({
        callee: '447700900123',
        submitTime: expect.stringMatching(/\+08:00$/),
        answerTime: expect.stringMatching(/\+08:00$/),
        hangupTime: expect.stringMatching(/\+08:00$/),
        callDuration: 38,
      }),
    });
    expect(app.sandbox.requests.filter((request) => request.path === `/voice/recordSip/${recordingId}`).map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('gives a busy call as not answered, with its SIP code and no recording', async () => {
    const recordingId = await placeCall('447700900127');
    fileCallRecords(app.sandbox);
    const outcome = await app.value('calls.outcome', { recordingId });
    expect(outcome.available && outcome.record).toMatchObject({ answered: false, terminationCode: '486', terminationReason: 'Busy here', callDuration: 0, answerTime: '', hasRecording: false });
  });

  it('refuses an id that could leave the path, and sends nothing', async () => {
    for (const recordingId of ['../sipQuery', '', 'a b', '.hidden']) {
      expect(await app.failure('calls.outcome', { recordingId })).toMatchObject({ kind: 'invalid-input', field: 'recordingId' });
    }
    expect(app.sandbox.requests.filter((request) => request.path.startsWith('/voice/recordSip'))).toHaveLength(0);
  });

  it("asks the account of the profile that placed the call, not the active one's", async () => {
    const other: Sandbox = await startAccount({ apiKey: 'otherKey1', apiSecret: 'other-secret-2' });
    try {
      const saved = await app.value('profiles.save', { name: 'Other', baseUrl: other.url, appId: other.state.appId, apiKey: 'otherKey1', apiSecret: 'other-secret-2' });
      const recordingId = await placeCall('12025550143');
      await app.value('profiles.use', { id: saved.id });
      fileCallRecords(app.sandbox);
      const outcome = await app.value('calls.outcome', { recordingId, profileId: 'sandbox' });
      expect(outcome).toMatchObject({ available: true, record: { callee: '12025550143', region: 'United States / Canada' } });
      expect(other.requests).toHaveLength(0);
      expect(await app.failure('calls.outcome', { recordingId, profileId: 'p-gone' })).toMatchObject({ kind: 'invalid-input', field: 'profile' });
    } finally {
      await other.close();
    }
  });
});

describe('a vendor call record', () => {
  const base = { voiceId: 'v1', callee: '919900000000', terminationReason: '', cost: '0.01', rate: '0.01', billPeriod: '6+6', code: 'India(Karnataka)' } as VendorCallRecord;

  it('counts as answered only with an answer time, a duration and a connected code ("200", or "0" on older pages)', () => {
    const answered = { ...base, answerTime: '2026-11-20T10:00:06+08:00', callDuration: 12 };
    expect(toCallRecord({ ...answered, terminationCode: '200' }).answered).toBe(true);
    expect(toCallRecord({ ...answered, terminationCode: '0' }).answered).toBe(true);
    expect(toCallRecord({ ...answered, terminationCode: '487' }).answered).toBe(false);
    expect(toCallRecord({ ...answered, terminationCode: '200', callDuration: 0 }).answered).toBe(false);
    expect(toCallRecord({ ...answered, terminationCode: '200', answerTime: null }).answered).toBe(false);
  });

  it('reads nulls as empty, a missing currency as USD, and a quoted one as given', () => {
    expect(toCallRecord({ ...base, terminationCode: '480', callDuration: Number.NaN, displayNum: null, answerTime: null } as VendorCallRecord)).toMatchObject({
      displayNum: '',
      phoneName: '',
      callDuration: 0,
      currency: 'USD',
      region: 'India(Karnataka)',
      hasRecording: false,
    });
    expect(toCallRecord({ ...base, terminationCode: '200', currency: 'EUR', recordingFileId: 'x.wav' }).currency).toBe('EUR');
  });
});

describe('calls.recording and calls.saveRecording', () => {
  it('fetches the recording through a short-lived link with sourceType=sip and hands over the audio', async () => {
    const recordingId = await placeCall('447700900123');
    fileCallRecords(app.sandbox);
    const recording = await app.value('calls.recording', { recordingId });
    expect(recording).toMatchObject({ recordingId, mimeType: 'audio/wav', fileName: `call-${recordingId}.wav` });
    expect(recording.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(recording.bytes.subarray(0, 4)).toString('latin1')).toBe('RIFF');
    expect(recording.bytes.length).toBe(32_044);
    const linkRequest = app.sandbox.requests.find((request) => request.path === '/voice/getRecordingFileUrl');
    expect(linkRequest?.body).toEqual({ recordingFileId: `${recordingId}.wav`, sourceType: 'sip' });
    // The pre-signed link is a credential: it never reaches the log.
    const [link] = app.sandbox.state.recordingLinks;
    expect(app.logLines.join('\n')).not.toContain(link!.token);
  });

  it('says why there is nothing to play: no record yet, or a call nobody answered', async () => {
    const answered = await placeCall('447700900123');
    const notFiled = await app.failure('calls.recording', { recordingId: answered });
    expect(notFiled).toMatchObject({ kind: 'vendor', message: expect.stringContaining('not filed'), say: { message: { key: 'calls.recording.notFiled.message' }, hint: { key: 'calls.recording.notFiled.hint' } } });
    expect([inEnglish(notFiled.say!.message), inEnglish(notFiled.say!.hint!)]).toEqual([notFiled.message, notFiled.hint]);
    const unanswered = await placeCall('447700900128');
    fileCallRecords(app.sandbox);
    expect(await app.failure('calls.recording', { recordingId: unanswered })).toMatchObject({ kind: 'vendor', message: expect.stringContaining('only answered calls') });
    expect(app.sandbox.requests.filter((request) => request.path === '/voice/getRecordingFileUrl')).toHaveLength(0);
  });

  it('reports an expired link as such', async () => {
    const recordingId = await placeCall('447700900123');
    fileCallRecords(app.sandbox);
    app.sandbox.state.recordingLinkTtlMs = 0;
    expect(await app.failure('calls.recording', { recordingId })).toMatchObject({ kind: 'server', message: expect.stringContaining('expired'), hint: expect.stringContaining('fresh link') });
  });

  it('saves the recording where the operator chooses, under its real extension', async () => {
    const recordingId = await placeCall('447700900123');
    fileCallRecords(app.sandbox);
    const saved = await app.value('calls.saveRecording', { recordingId });
    expect(saved).toMatchObject({ saved: true, size: 32_044, path: expect.stringMatching(new RegExp(`call-${recordingId}\\.wav$`)) });
    expect(app.dialogs.saved).toHaveLength(1);
    const bytes = readFileSync(app.dialogs.saved[0]!);
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');
  });

  it('saves nothing when the operator cancels the dialog', async () => {
    const cancelling = await openTestApp({ dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined } });
    try {
      const placed = await cancelling.value('calls.place', { callee: '447700900123', account: '80010001' });
      fileCallRecords(cancelling.sandbox);
      expect(await cancelling.value('calls.saveRecording', { recordingId: placed.recordingId })).toEqual({ saved: false });
    } finally {
      await cancelling.close();
    }
  });
});
