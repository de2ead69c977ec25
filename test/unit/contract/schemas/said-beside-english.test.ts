import { describe, expect, it } from 'vitest';
import { updateStatus } from '../../../../contract/schemas/app';
import { eventSchemas } from '../../../../contract/schemas/events';
import { policyStatus } from '../../../../contract/schemas/policy';
import { connectionReport } from '../../../../contract/schemas/profiles';

/** Main parses every answer and event with these: keys it sends beside its English must reach the window. */
describe('keys carried beside the English they say', () => {
  it("keeps a failed update's keys", () => {
    const say = { message: { key: 'desktop.updates.http', values: { status: '503' } }, hint: { key: 'desktop.updates.tellAdmin' } };
    const status = {
      feed: 'https://updates.example.com/',
      available: true,
      checks: 'daily',
      lastCheckedAt: null,
      version: '0.1.0',
      progress: { step: 'failed', message: 'The update feed answered HTTP 503. Nothing was downloaded or installed.', hint: 'Tell your administrator.', say },
    };
    expect(updateStatus.parse(status).progress).toEqual({ ...status.progress, say });
    expect(eventSchemas['updates.changed'].parse(status).progress).toEqual({ ...status.progress, say });
  });

  it("keeps an unreadable dial request's keys", () => {
    const request = { kind: 'unreadable', from: 'clipboard', problem: 'The clipboard holds no text, so no number was filled in.', say: { key: 'desktop.dialLinks.clipboardEmpty' } };
    expect(eventSchemas['dialer.prefill'].parse(request)).toEqual(request);
  });

  it("keeps a policy problem's keys", () => {
    const status = { path: '/etc/switchboard/policy.json', state: 'invalid', problem: 'the file is not JSON', problemSay: { key: 'policy.problem.notJson' }, baseUrl: null, hideSandbox: false, presets: [], updateFeed: null };
    expect(policyStatus.parse(status)).toEqual(status);
  });

  it("keeps a connection test's clock warning keys", () => {
    const report = {
      profileId: 'p-1',
      latencyMs: 12,
      phones: 3,
      clockOffsetSeconds: 125,
      clockWarning: "This computer's clock is about 2 minutes behind the server's clock.",
      clockWarningSay: { key: 'itnio.clock.behind', values: { span: { key: 'itnio.clock.minutes', values: { count: 2 } } } },
    };
    expect(connectionReport.parse(report)).toEqual(report);
  });
});
