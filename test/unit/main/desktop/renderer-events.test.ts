import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../../contract/events';
import { createRendererEvents } from '../../../../main/desktop/renderer-events';
import { memoryLogger } from '../../../support/memory-log';

const LINK = { kind: 'number', from: 'link', number: '+442079460958' } as const;

function outlet() {
  const { log, lines } = memoryLogger();
  const sent: { event: EventName; payload: unknown }[] = [];
  const events = createRendererEvents(log);
  return { events, sent, lines, send: (event: EventName, payload: unknown) => void sent.push({ event, payload }) };
}

describe("main's events to the renderer", () => {
  it('holds an event until the page has loaded, the latest of each kind, then sends it once', () => {
    const { events, sent, send } = outlet();
    events.emit('dialer.prefill', { ...LINK, number: '+12025550143' });
    events.emit('dialer.prefill', LINK);
    expect(sent).toEqual([]);
    events.attach(send);
    expect(sent).toEqual([{ event: 'dialer.prefill', payload: LINK }]);
    events.attach(send);
    expect(sent).toHaveLength(1);
  });

  it('sends at once while attached, and holds again while the page loads anew', () => {
    const { events, sent, send } = outlet();
    events.attach(send);
    events.emit('dialer.prefill', LINK);
    expect(sent).toHaveLength(1);
    events.detach();
    events.emit('dialer.prefill', { ...LINK, number: '+12025550143' });
    expect(sent).toHaveLength(1);
    events.attach(send);
    expect(sent.at(-1)).toEqual({ event: 'dialer.prefill', payload: { ...LINK, number: '+12025550143' } });
  });

  it('sends nothing that breaks the event contract, and logs the event name only', () => {
    const { events, sent, send, lines } = outlet();
    events.attach(send);
    events.emit('dialer.prefill', { kind: 'number', from: 'link', number: '9'.repeat(65) });
    events.emit('dialer.prefill', { kind: 'number', from: 'link', number: '' });
    events.emit('dialer.prefill', { kind: 'dial', number: '+44' } as never);
    expect(sent).toEqual([]);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('999999');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', event: 'event not sent: its payload breaks the contract', name: 'dialer.prefill' });
  });
});
