import type { Catalog } from '../catalog';

export default {
  actions: '操作',
  name: '名称',
  number: '号码',
  phone: '话机',
  time: '时间',
  account: '账号',
  profile: '配置',
  save: '保存',
  cancel: '取消',
  close: '关闭',
  done: '完成',
  none: '—',
  nothingChanged: '未做任何更改。',
  nothingSent: '未发送任何内容。',
  itnioTime: '{{time}}（ITNIO 时间，{{zone}}）',
  age: {
    justNow: '刚刚',
    minutes_other: '{{count}} 分钟前',
    hours_other: '{{count}} 小时前',
    days_other: '{{count}} 天前',
  },
} satisfies Catalog;
