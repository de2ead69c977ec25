import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../support/app';
import { wav } from '../../../../support/audio-fixtures';
import { inEnglish } from '../../../../../main/platform/messages';

const app = useTestApp();
const edits = () => app.sandbox.requests.filter((request) => request.path === '/number/edit').map((request) => request.body as Record<string, unknown>);

describe('numbers.preview', () => {
  it('answers, per number in the order asked, what would change and the exact edit to send, each keeping its own voicemail', async () => {
    const greeting = await app.value('numbers.stageGreeting', { name: 'welcome.wav', bytes: wav({ seconds: 1 }) });
    const { profileId, previews } = await app.value('numbers.preview', {
      numbers: ['+44 7700 900123', '442079460958', '+1 555 0100 999', '447700900123'],
      remark: 'Bulk greeting',
      greetingId: greeting.greetingId,
    });
    expect(profileId).toBe('sandbox');
    expect(previews).toEqual([
      {
        number: '447700900123',
        // Voicemail was on with 60 s: both kept, as ITNIO needs the switch with every edit.
        changes: [
          { field: 'remark', current: 'Reception main line', next: 'Bulk greeting' },
          { field: 'greeting', current: 'reception-greeting.mp3', next: 'welcome.wav (new recording)' },
        ],
        input: { number: '447700900123', remark: 'Bulk greeting', enableVoicemail: true, voicemailMaxHangup: 60, greetingId: greeting.greetingId },
      },
      {
        number: '442079460958',
        changes: [
          { field: 'remark', current: 'London office', next: 'Bulk greeting' },
          { field: 'greeting', current: '', next: 'welcome.wav (new recording)' },
        ],
        input: { number: '442079460958', remark: 'Bulk greeting', enableVoicemail: false, voicemailMaxHangup: undefined, greetingId: greeting.greetingId },
      },
      {
        number: '15550100999',
        changes: [],
        problem: "15550100999 is not among this account's numbers, so nothing is sent to it",
        say: { problem: { key: 'numbers.editPreview.notListed', values: { number: '15550100999' } } },
      },
      {
        number: '447700900123',
        changes: [],
        problem: '447700900123 is asked for more than once; it is edited once',
        say: { problem: { key: 'numbers.editPreview.askedTwice', values: { number: '447700900123' } } },
      },
    ]);
    for (const { problem, say } of previews.slice(2)) expect(inEnglish(say!.problem)).toBe(problem);
    expect(edits()).toHaveLength(0);
  });

  it('names a rule a number cannot take in the operator’s words', async () => {
    const { previews } = await app.value('numbers.preview', { numbers: ['442079460958'], enableVoicemail: true });
    expect(previews).toEqual([
      {
        number: '442079460958',
        changes: [],
        problem: 'max hangup: is required when voicemail is on (1–999 seconds)',
        say: {
          problem: {
            key: 'rules.onField',
            values: { field: { key: 'numbers.fields.voicemailMaxHangup' }, rule: { key: 'rules.rule.requiredWhenVoicemailOn', values: { min: '1', max: '999' } } },
          },
        },
      },
    ]);
    expect(inEnglish(previews[0]!.say!.problem)).toBe(previews[0]!.problem);
  });

  it('keeps a bulk edit’s greeting held while keepGreeting says so, for the next number', async () => {
    const greeting = await app.value('numbers.stageGreeting', { name: 'welcome.wav', bytes: wav({ seconds: 1 }) });
    const { previews } = await app.value('numbers.preview', { numbers: ['442079460958', '12025550143'], greetingId: greeting.greetingId });
    const [first, last] = previews.map((preview) => preview.input!);
    await app.value('numbers.edit', { ...first!, keepGreeting: true });
    await app.value('numbers.edit', last!);
    expect(edits().map((body) => body.voicemailFileName)).toEqual(['welcome.wav', 'welcome.wav']);
    expect(await app.failure('numbers.edit', last!)).toMatchObject({ field: 'greeting' });
  });
});
