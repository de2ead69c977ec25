import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { i18n } from '../../../../../renderer/src/i18n';
import { CORRECT_FIELD_HINT, fieldError } from '../../../../../contract/result';
import { errorWords, ruleWords } from '../../../../../renderer/src/i18n/said';

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

describe('rules in the window’s language', () => {
  const refused = fieldError('groupList.0.number', 'must be 7–15 digits, nothing else', CORRECT_FIELD_HINT);

  it('says a field error in English as main wrote it', () => {
    expect(errorWords(refused)).toEqual({ message: refused.message, hint: refused.hint, rule: refused.rule });
    expect(ruleWords('must be at most 64 characters')).toBe('must be at most 64 characters');
  });

  it('says a field error’s rule, message and hint in Chinese from the rule catalog', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorWords(refused)).toEqual({
      message: 'groupList.0.number：必须是 7–15 位数字，不含其他字符',
      hint: '请更正标出的字段后重试。未发送任何内容。',
      rule: '必须是 7–15 位数字，不含其他字符',
    });
  });

  it('says a rule the window checked itself in Chinese, and one the catalog lacks as written', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(ruleWords('must be at most 64 characters')).toBe('不能超过 64 个字符');
    expect(ruleWords('must be a whole number from 1 to 500')).toBe('必须是 1 到 500 之间的整数');
    expect(ruleWords('must sparkle')).toBe('must sparkle');
  });
});
