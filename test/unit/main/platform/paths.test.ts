import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../../main/platform/paths';

describe('dataDir', () => {
  it('prefers SWITCHBOARD_HOME', () => {
    expect(dataDir({ SWITCHBOARD_HOME: '/srv/sb' }, 'linux')).toBe('/srv/sb');
  });
  it("matches Electron's userData for our product on each platform", () => {
    expect(dataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Switchboard'));
    expect(dataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Switchboard'));
    expect(dataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Switchboard'));
    expect(dataDir({ APPDATA: 'C:\\Users\\op\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\op\\AppData\\Roaming', 'Switchboard'));
  });
});
