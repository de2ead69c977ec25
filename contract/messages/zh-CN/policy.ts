import type { Catalog } from '../catalog';

export default {
  sandboxHidden: {
    message: '贵单位的策略隐藏了内置沙盒。',
    hint: '请在“配置”页面（或用 `switchboard profile add`）设置一个您自己的配置并使用它。',
  },
  outside: {
    message: '此配置的 API 地址 {{address}} 不是贵单位策略允许的地址（{{allowed}}）。未发送任何内容。',
    hint: '请将此配置改为使用 {{allowed}}，或咨询您的管理员。',
  },
  problem: {
    tooLarge: '文件大小为 {{bytes}} 字节；策略文件最多 {{max}} 字节',
    unreadable: '无法读取文件（{{code}}）',
    notJson: '文件不是 JSON 格式',
  },
} satisfies Catalog;
