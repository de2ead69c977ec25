import { describe, expect, it } from 'vitest';
import { dialogWords, type FileFilter } from '../../../../../main/platform/files/dialogs';
import { inEnglish } from '../../../../../main/platform/messages';
import { sayIn } from '../../../../../main/platform/speech';

const GREETINGS: FileFilter[] = [
  { name: 'Greetings (mp3, wav, m4a)', extensions: ['mp3', 'wav', 'm4a'] },
  { name: 'All files', extensions: ['*'] },
];

describe('the file dialogs’ words', () => {
  it('are the callers’ English words in English, a name’s values filled in', () => {
    expect(dialogWords({ title: 'Choose a voicemail greeting', filters: GREETINGS }, inEnglish)).toEqual({ title: 'Choose a voicemail greeting', filters: GREETINGS });
    expect(dialogWords({ title: 'Save call recording', filters: [{ name: 'Audio', values: { type: 'audio/mpeg' }, extensions: ['mp3'] }] }, inEnglish)).toEqual({
      title: 'Save call recording',
      filters: [{ name: 'Audio (audio/mpeg)', extensions: ['mp3'] }],
    });
    expect(dialogWords({ title: { key: 'files.titled.saveCallList', values: { name: 'Monday leads' } }, filters: [] }, inEnglish).title).toBe('Save call list Monday leads');
  });

  it('are said in the window’s language, the extensions and the named things as they are', () => {
    expect(dialogWords({ title: 'Choose a voicemail greeting', filters: GREETINGS }, sayIn('zh-CN'))).toEqual({
      title: '选择语音信箱问候语',
      filters: [
        { name: '问候语（mp3、wav、m4a）', extensions: ['mp3', 'wav', 'm4a'] },
        { name: '所有文件', extensions: ['*'] },
      ],
    });
    expect(dialogWords({ title: { key: 'files.titled.exportProfile', values: { name: 'Head office' } }, filters: [{ name: 'Zip archive', extensions: ['zip'] }] }, sayIn('zh-CN'))).toEqual({
      title: '导出配置“Head office”',
      filters: [{ name: 'Zip 压缩包', extensions: ['zip'] }],
    });
  });
});
