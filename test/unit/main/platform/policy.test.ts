import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../../main/platform/messages';
import { outsidePolicyError, policyPath, readPolicy, SANDBOX_HIDDEN } from '../../../../main/platform/policy';
import { useTempDirs } from '../../../support/temp-dirs';

const freshDir = useTempDirs('switchboard-policy-');

const write = (content: unknown) => {
  const path = join(freshDir(), 'policy.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const HEAD_OFFICE = { name: 'Head office', baseUrl: 'https://api.itniotech.com', appId: 'HqApp01', defaultCallerId: '+44 20 7946 0958' };

describe('where the policy is', () => {
  it('is in a folder only administrators write to, one per system, unless SWITCHBOARD_POLICY names another file', () => {
    expect(policyPath({}, 'linux')).toBe('/etc/switchboard/policy.json');
    expect(policyPath({}, 'darwin')).toBe('/Library/Application Support/Switchboard/policy.json');
    expect(policyPath({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe(join('D:\\ProgramData', 'Switchboard', 'policy.json'));
    expect(policyPath({ SWITCHBOARD_POLICY: '/tmp/try.json' }, 'linux')).toBe('/tmp/try.json');
  });
});

describe('reading the policy', () => {
  it('applies nothing where there is no file', () => {
    const path = join(freshDir(), 'none', 'policy.json');
    expect(readPolicy(path)).toEqual({ path, state: 'none', baseUrl: null, hideSandbox: false, presets: [], updateFeed: null });
  });

  it('applies the address, the hidden Sandbox, the presets (read by the profile rules) and the update feed', () => {
    const path = write({ version: 1, baseUrl: 'https://api.itniotech.com/', hideSandbox: true, profiles: [HEAD_OFFICE], updates: { feed: 'https://updates.example.com/switchboard/' } });
    expect(readPolicy(path)).toEqual({
      path,
      state: 'applied',
      baseUrl: 'https://api.itniotech.com',
      hideSandbox: true,
      presets: [{ ...HEAD_OFFICE, defaultCallerId: '442079460958' }],
      updateFeed: 'https://updates.example.com/switchboard/',
    });
  });

  it.each([
    ['not JSON', '{"version": 1,', 'the file is not JSON'],
    ['a newer version', { version: 2 }, 'version: must be 1; a newer Switchboard may be needed for this policy'],
    ['an unknown setting', { version: 1, hideSandbox: true, autoDial: true }, 'Unrecognized key: "autoDial"'],
    ['a credential in a preset', { version: 1, profiles: [{ ...HEAD_OFFICE, apiSecret: 'not-here' }] }, 'profiles.0: Unrecognized key: "apiSecret"'],
    ['an http address', { version: 1, baseUrl: 'http://api.itniotech.com' }, 'baseUrl: must use https://'],
    ['a preset elsewhere than the address', { version: 1, baseUrl: 'https://api.itniotech.com', profiles: [{ ...HEAD_OFFICE, baseUrl: 'https://other.example.com' }] }, "profiles.0.baseUrl: must be the policy's baseUrl"],
    ['a preset named Sandbox', { version: 1, profiles: [{ ...HEAD_OFFICE, name: 'sandbox' }] }, 'profiles.0.name: must not be "Sandbox"'],
    ['two presets of one name', { version: 1, profiles: [HEAD_OFFICE, { ...HEAD_OFFICE, name: 'head OFFICE' }] }, 'profiles.1.name: "head OFFICE" is listed twice'],
    ['an update feed over http', { version: 1, updates: { feed: 'http://updates.example.com/' } }, 'updates.feed: must be a full https:// address'],
  ])('applies nothing of %s, and says why', (_case, content, problem) => {
    const policy = readPolicy(write(content));
    expect(policy).toMatchObject({ state: 'invalid', baseUrl: null, hideSandbox: false, presets: [], updateFeed: null });
    expect(policy.problem).toContain(problem);
  });

  it('refuses a file far larger than a policy, and one it cannot read', () => {
    const large = readPolicy(write(' '.repeat(300_000)));
    expect(large).toMatchObject({
      state: 'invalid',
      problem: 'the file is 300000 bytes; a policy is at most 262144',
      problemSay: { key: 'policy.problem.tooLarge', values: { bytes: 300_000, max: 262_144 } },
    });
    expect(inEnglish(large.problemSay!)).toBe(large.problem);
    const folder = join(freshDir(), 'policy.json');
    mkdirSync(folder);
    expect(readPolicy(folder)).toMatchObject({ state: 'invalid', problem: 'the file could not be read (EISDIR)', problemSay: { key: 'policy.problem.unreadable', values: { code: 'EISDIR' } } });
  });

  it('keys what it cannot read for the window, and leaves a broken rule in its schema’s English', () => {
    expect(readPolicy(write('{'))).toMatchObject({ problem: 'the file is not JSON', problemSay: { key: 'policy.problem.notJson' } });
    expect(readPolicy(write({ version: 2 }))).not.toHaveProperty('problemSay');
  });
});

describe('what the policy refuses', () => {
  it('says it in English and as catalog keys', () => {
    expect(SANDBOX_HIDDEN.say).toEqual({ message: { key: 'policy.sandboxHidden.message' }, hint: { key: 'policy.sandboxHidden.hint' } });
    expect(inEnglish(SANDBOX_HIDDEN.say!.message)).toBe(SANDBOX_HIDDEN.message);
    const outside = outsidePolicyError('https://other.example.com', 'https://api.itniotech.com');
    expect(outside).toEqual({
      kind: 'invalid-input',
      field: 'baseUrl',
      message: "This profile's API address https://other.example.com is not the one your organisation's policy allows (https://api.itniotech.com). Nothing was sent.",
      hint: 'Edit the profile to use https://api.itniotech.com, or ask your administrator.',
      say: {
        message: { key: 'policy.outside.message', values: { address: 'https://other.example.com', allowed: 'https://api.itniotech.com' } },
        hint: { key: 'policy.outside.hint', values: { allowed: 'https://api.itniotech.com' } },
      },
    });
    expect(inEnglish(outside.say!.hint!)).toBe(outside.hint);
  });
});
