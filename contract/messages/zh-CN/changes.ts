import type { Catalog } from '../catalog';

export default {
  nothingToPutBack: {
    message: '无需恢复：{{object}} 已经是变更 {{id}} 之前的值。未发送任何请求。',
    apartFrom: '无需恢复：除无法恢复的部分外，{{object}} 已经是变更 {{id}} 之前的值。未发送任何请求。',
    hint: '请刷新列表，查看 ITNIO 当前保存的值。',
  },
  notJournalled: { message: '变更 {{id}} 已恢复，但变更日志中没有相应的记录。', hint: '请刷新变更列表。' },
  otherProfile: {
    message: '变更 {{id}} 是在配置“{{name}}”下进行的，不是当前配置，因此无法在这里恢复。未发送任何请求。',
    hint: '请切换到配置 {{name}}（switchboard profile use {{name}}，或 --profile {{name}}），然后再恢复。',
  },
  refused: {
    message: '{{reason}}未发送任何请求。',
    hint: '如果仍需修改，请在相应页面手动修改这些值。',
    notSaved: '变更 {{id}} 未保存成功（{{error}}），因此没有可恢复的内容。',
    notRevertible: '变更 {{id}} 无法恢复：只有已保存的号码设置或中继变更才能恢复。',
    numberGone: '{{number}} 已不在此账号的号码中，因此变更 {{id}} 无法恢复。',
    keptValues: '为变更 {{id}} 保存的值已无法通过当前的检查（{{reason}}）。',
  },
  putBack: {
    fields: {
      outIp: '外呼 IP 白名单',
      inIp: '呼入地址',
      inboundPrefix: '呼入前缀',
      remark: '备注',
      greeting: '问候语',
      sipPassword: 'SIP 注册密码',
    },
    emptyBefore: '之前为空，而 ITNIO 会保留编辑中未填写的值，因此无法在这里清空',
    greetingGone: '本机从不保存问候语的音频，因此无法重新发送之前的问候语',
    passwordGone: '变更日志从不保存密码，因此该中继保留当前密码',
  },
} satisfies Catalog;
