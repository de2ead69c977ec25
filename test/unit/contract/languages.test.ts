import { describe, expect, it } from 'vitest';
import { languageOf, windowLanguage } from '../../../contract/languages';

describe("the window's language", () => {
  it("is the first of the system's preferred languages Switchboard speaks, English when none is", () => {
    expect(languageOf(['zh-CN'])).toBe('zh-CN');
    expect(languageOf(['zh-Hans-SG', 'en-US'])).toBe('zh-CN');
    // Traditional Chinese readers read Simplified better than English: the only Chinese there is.
    expect(languageOf(['zh-TW'])).toBe('zh-CN');
    expect(languageOf(['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(languageOf(['de-DE', 'zh_CN'])).toBe('zh-CN');
    expect(languageOf(['ar-AE'])).toBe('en');
    expect(languageOf([])).toBe('en');
  });

  it("is the operator's pick over the system's, the pseudo-locale included", () => {
    expect(windowLanguage('system', ['zh-CN'])).toBe('zh-CN');
    expect(windowLanguage('en', ['zh-CN'])).toBe('en');
    expect(windowLanguage('en-XA', ['zh-CN'])).toBe('en-XA');
  });
});
