import type { Catalog } from '../catalog';

export default {
  language: {
    title: '语言',
    about: 'Switchboard 窗口使用此语言，并按其习惯显示日期、时间和数字。命令行仍为英文。',
    label: '窗口语言',
    system: '跟随系统（{{language}}）',
  },
} satisfies Catalog;
