import type { Catalog } from '../catalog';

export default {
  links: {
    notInstalled: { message: '只有已安装的 Switchboard 应用才能打开 tel: 和 callto: 链接。', hint: '请在此电脑上安装 Switchboard，然后在其“设置”中选择此项。' },
    notOpened: '系统不允许 Switchboard 打开 {{schemes}} 链接。',
    stillOpens: '系统仍在用 Switchboard 打开 {{schemes}} 链接。',
    both: '{{first}} 和 {{second}}',
    hint: '请在系统的默认应用设置中选择打开这些链接的应用。',
  },
} satisfies Catalog;
