import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecentNumbers } from '../../../../../main/features/numbers/recent';
import { useTempDirs } from '../../../../support/temp-dirs';

const freshDir = useTempDirs('sb-recent-');

const at = (minute: number) => `2025-07-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('recent numbers', () => {
  it('keeps each profile’s numbers apart, newest first, without repeats', async () => {
    const recent = openRecentNumbers(freshDir());
    await recent.remember('sandbox', { number: '442079460958', remark: 'London office', editedAt: at(1) });
    await recent.remember('office', { number: '12025550143', editedAt: at(2) });
    await recent.remember('sandbox', { number: '13105550117', editedAt: at(3) });
    await recent.remember('sandbox', { number: '442079460958', editedAt: at(4) });

    expect(await recent.list('sandbox')).toEqual([
      { number: '442079460958', remark: 'London office', editedAt: at(4) },
      { number: '13105550117', editedAt: at(3) },
    ]);
    expect(await recent.list('office')).toEqual([{ number: '12025550143', editedAt: at(2) }]);
    expect(await recent.list('nobody')).toEqual([]);
  });

  it('remembers the last eight only', async () => {
    const recent = openRecentNumbers(freshDir());
    for (let index = 0; index < 10; index++) await recent.remember('sandbox', { number: `4420794609${String(index).padStart(2, '0')}`, editedAt: at(index) });
    const numbers = (await recent.list('sandbox')).map((entry) => entry.number);
    expect(numbers).toHaveLength(8);
    expect(numbers[0]).toBe('442079460909');
    expect(numbers).not.toContain('442079460900');
  });

  it('lives in recent-numbers.json of the data folder, read again after a restart', async () => {
    const dir = freshDir();
    await openRecentNumbers(dir).remember('sandbox', { number: '442079460958', remark: 'London office', editedAt: at(1) });
    expect(JSON.parse(readFileSync(join(dir, 'recent-numbers.json'), 'utf8'))).toEqual({
      profiles: { sandbox: [{ number: '442079460958', remark: 'London office', editedAt: at(1) }] },
    });
    expect(await openRecentNumbers(dir).list('sandbox')).toEqual([{ number: '442079460958', remark: 'London office', editedAt: at(1) }]);
  });
});
