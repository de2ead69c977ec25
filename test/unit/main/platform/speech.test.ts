import { describe, expect, it } from 'vitest';
import { pseudoMessage } from '../../../../contract/messages/pseudo';
import { inEnglish } from '../../../../main/platform/messages';
import { sayIn } from '../../../../main/platform/speech';
import type { Said } from '../../../../contract/said';

const LOW: Said = { key: 'desktop.notices.lowBalance.title', values: { balance: '9.50' } };
const IN_DAYS: Said = { key: 'desktop.notices.numberExpiring.title', values: { number: '1001', when: { key: 'desktop.notices.numberExpiring.inDays', values: { count: 18 } } } };

describe('main’s speech', () => {
  it('says a message in English exactly as the CLI writes it', () => {
    for (const said of [LOW, IN_DAYS]) expect(sayIn('en')(said)).toBe(inEnglish(said));
    expect(sayIn('en')(IN_DAYS)).toBe('Number 1001 expires in 18 days');
  });

  it('says it in Chinese, the nested messages too', () => {
    expect(sayIn('zh-CN')(LOW)).toBe('余额不足：9.50');
    expect(sayIn('zh-CN')(IN_DAYS)).toBe('号码 1001 18 天后到期');
  });

  it('says it in the pseudo-locale as the window makes it, each message bracketed', () => {
    expect(sayIn('en-XA')(LOW)).toBe(pseudoMessage('Low balance: {{balance}}').replace('{{balance}}', '9.50'));
    expect(sayIn('en-XA')({ key: 'desktop.tray.quit' })).toBe(pseudoMessage('Quit Switchboard'));
  });
});
