import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { i18n } from '../../../../../renderer/src/i18n';
import { errorWords } from '../../../../../renderer/src/i18n/said';

/** Errors as main's status table makes them (main/platform/itnio/status-codes.ts): the English, and the keys beside it. */
const balanceTooLow: AppError = {
  kind: 'vendor',
  code: '-10',
  message: 'The account balance is too low to place this call.',
  hint: 'Top up the ITNIO account, then place the call again.',
  say: { message: { key: 'status.balanceTooLow.message' }, hint: { key: 'status.balanceTooLow.hint' } },
};
const searchRefused: AppError = {
  kind: 'vendor',
  code: '-22',
  message: 'The server refused this search of call records (parameter error). The server said: "strTime error".',
  say: { message: { key: 'status.serverSaid', values: { message: { key: 'status.recordSearchRefused.message' }, reason: 'strTime error' } } },
};
const undocumented: AppError = {
  kind: 'vendor',
  code: '-99',
  message: 'The server answered with status -99: "odd".',
  say: { message: { key: 'status.undocumented.messageWithReason', values: { status: '-99', reason: 'odd' } } },
};

describe("main's words in the window's language", () => {
  it('says a vendor status in English, as main wrote it', () => {
    expect(errorWords(balanceTooLow)).toEqual({ message: balanceTooLow.message, hint: balanceTooLow.hint });
    expect(errorWords(searchRefused)).toEqual({ message: searchRefused.message });
    expect(errorWords(undocumented)).toEqual({ message: undocumented.message });
  });

  it('says a vendor status in Chinese from its keys, the server’s own words quoted inside', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorWords(balanceTooLow)).toEqual({ message: '账户余额不足，无法拨打此电话。', hint: '请为 ITNIO 账户充值后再拨打。' });
    expect(errorWords(searchRefused).message).toBe('服务器拒绝了此次通话记录查询（参数异常）。服务器的说明：“strTime error”。');
    expect(errorWords(undocumented).message).toBe('服务器返回了状态码 -99：“odd”。');
  });

  it('keeps the English where main changed its words after keying them, rather than translate something else', async () => {
    await i18n.changeLanguage('zh-CN');
    const added: AppError = { ...balanceTooLow, message: `${balanceTooLow.message} (The balance was read 2 min ago.)` };
    expect(errorWords(added)).toEqual({ message: added.message, hint: '请为 ITNIO 账户充值后再拨打。' });
  });

  it('says an error main has no keys for as main wrote it', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorWords({ kind: 'internal', message: 'Something broke.', hint: 'Try again.' })).toEqual({ message: 'Something broke.', hint: 'Try again.' });
  });
});
