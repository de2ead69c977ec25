import type { Catalog } from '../catalog';

export default {
  groupExists: { message: '此应用下已有名为“{{group}}”的话机组。', hint: '请换一个未使用的话机组名称。' },
  phoneNameExists: { message: '此应用下已有名为“{{name}}”的话机。', hint: '请换一个未使用的话机名称。' },
  alreadySending: {
    message: '{{what}}已在发送中（自 UTC {{since}} 起），由本窗口或另一个 Switchboard 窗口或命令发出。未再发送任何内容。',
    hint: '请等待其结果，然后刷新话机列表查看改动。',
    batch: '话机组“{{group}}”中的一批话机',
    reset: '话机 {{account}} 的密码重置',
  },
  picked: {
    phone: '选择话机 {{account}} ',
    batchForm: '填写批量创建表单',
    reloadHint: '当前配置已在此期间切换：请重新加载当前配置的话机列表后重试。',
  },
  noClipboard: { message: '此处没有可复制到的剪贴板。', hint: '请在 Switchboard 窗口中复制密码。' },
  noPhones: { message: '此应用下没有可保存的话机。', hint: '请先创建话机。' },
  readBack: { message: '话机已创建，但重新读取话机列表失败：{{reason}}' },
} satisfies Catalog;
