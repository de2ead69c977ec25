import type { Catalog } from '../catalog';

export default {
  notFound: { message: '没有配置“{{id}}”。', hint: '请重新加载配置列表并从中选择。' },
  sandbox: {
    notExported: '内置沙盒在每台电脑上都已存在，无法导出。',
    notRemoved: '内置沙盒配置无法删除。',
    notRemovedHint: '请改为切换到其他配置。',
  },
  file: {
    notAProfileFileHint: '请选择由 `switchboard profile export` 或“导出配置…”生成的文件。',
    tooLarge: '{{source}} 超过 {{kilobytes}} KB，因此不是配置文件。',
    notJson: '{{source}} 不是配置文件：它不是 JSON。',
    credential: '{{source}} 中含有凭据（{{credential}}）；配置文件从不包含凭据，因此未导入任何内容。',
    credentialHint: '请从文件中删除该行，并在导入时填写 API 密钥和密码。',
    broken: '{{source}} 中的 {{field}}：{{rule}}',
    notAField: '不是配置的字段（配置文件包含 {{fields}}）',
    unreadable: '无法读取 {{source}}（{{code}}）。',
    unreadableHint: '请检查路径，并确认您有权读取该文件。',
  },
} satisfies Catalog;
