import type { Catalog } from '../catalog';

export default {
  balance: {
    label: '余额',
    unavailable: '无法读取',
    age: '读取于 {{time}}（{{age}}）',
    low: '余额不足',
    lowLevel: '：低于预警值 {{level}}',
    refresh: '刷新余额',
  },
  warning: {
    title: '余额预警',
    off: '余额预警已关闭',
    set: '余额预警已设置',
    setMessage: '余额低于 {{level}} 时会提醒你。',
    none: '此配置还没有设置预警。',
    now: '当前：余额低于 {{level}} 时提醒。',
    label: '余额低于此值时提醒',
    description: '以账户的币种计；留空则不提醒',
    turnOff: '关闭预警',
    save: '保存预警',
  },
} satisfies Catalog;
