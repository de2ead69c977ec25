import type { Catalog } from '../catalog';

export default {
  unreadableBalance: { message: 'ITNIO 返回的余额应答中没有可读取的余额。', hint: '请检查此配置的基础 URL；如果无误，请稍后再试。' },
} satisfies Catalog;
