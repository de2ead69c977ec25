import type { Catalog } from '../catalog';

export default {
  updates: {
    checksum: '下载的更新与更新源给出的校验和不符，已被丢弃，未安装任何内容。',
    noChannel: '更新源没有适用于此系统的更新：找不到 {{file}}。未下载或安装任何内容。',
    itsUpdateFile: '其更新文件',
    http: '更新源返回了 HTTP {{status}}。未下载或安装任何内容。',
    unreachable: 'Switchboard 无法连接更新源。未下载或安装任何内容。',
    unreachableAt: 'Switchboard 无法连接位于 {{feed}} 的更新源。未下载或安装任何内容。',
    failed: '更新失败（{{code}}）。未安装任何内容。',
    tellAdmin: '请告知负责更新源的管理员；Switchboard 仍可照常使用。',
    checkNetwork: '请检查网络连接，然后重试。',
  },
  dialShortcut: {
    notInstalled: { message: '只有已安装的 Switchboard 应用才能设置全局快捷键。', hint: '请在此电脑上安装 Switchboard，然后在其“设置”中选择快捷键。' },
    taken: { message: '{{keys}} 已被其他应用或系统占用，因此未设置。', hint: '请选择其他组合键。' },
  },
  dialLinks: {
    notALink: '该链接不是 tel: 或 callto: 链接，因此未填入号码。',
    linkTooLong: '该 {{scheme}} 链接超过 {{max}} 个字符，因此未填入号码。',
    linkNotEncoded: '该 {{scheme}} 链接的编码不正确，因此未填入号码。',
    linkNumberTooLong: '该 {{scheme}} 链接中的号码超过 {{max}} 个字符，因此未填入号码。',
    link: '该 {{scheme}} 链接{{problem}}，因此未填入号码。',
    clipboardEmpty: '剪贴板中没有文本，因此未填入号码。',
    copiedPassword: '剪贴板中是 Switchboard 复制的 SIP 密码，因此未填入号码。',
    clipboard: '剪贴板{{problem}}，因此未填入号码。',
    optionNeedsNumber: '{{option}} 后面需要跟一个电话号码，因此未填入号码。',
    option: '{{option}} 后面的内容{{problem}}，因此未填入号码。',
    problem: {
      unsafe: '含有控制字符或文字方向标记',
      noNumber: '不含电话号码（只读取数字、空格和 + - . ( ) /）',
      moreThanNumber: '中的内容不止一个电话号码（超过 {{max}} 个字符）',
      tooLong: '超过 {{max}} 个字符',
    },
  },
  tray: {
    tooltip: 'Switchboard',
    show: '显示 Switchboard',
    hide: '隐藏 Switchboard',
    recentCalls: '最近通话',
    profile: '配置',
    quit: '退出 Switchboard',
  },
  menu: {
    view: '视图',
    about: '关于 Switchboard',
    openDataFolder: '打开数据文件夹',
  },
  unsaved: {
    title: '未保存的更改',
    message: '您有未保存的更改，或有更改仍在等待 ITNIO 的答复。',
    detail: '关闭将丢失未保存的更改。已发送的更改无法撤回：ITNIO 可能仍会执行，但其答复将不会显示。仍要关闭 Switchboard 吗？',
    closeAnyway: '仍然关闭',
    keepOpen: '保持 Switchboard 打开',
  },
  notices: {
    joined: '{{first}} · {{then}}',
    callOutcome: { title: '{{ending}}：呼叫 {{callee}}', fromPhone: '话机 {{account}} 呼出' },
    lowBalance: {
      title: '余额不足：{{balance}}',
      body: '{{profile}}：余额低于您设置的提醒金额 {{threshold}}。请为账户充值，以免影响通话。',
    },
    numberExpiring: {
      today: '今天',
      tomorrow: '明天',
      inDays_other: '{{count}} 天后',
      title: '号码 {{number}} {{when}}到期',
      body: '{{profile}}：请在 ITNIO 续费以保留该号码。',
    },
    numbersExpiring: {
      title_other: '{{count}} 个号码将在 {{days}} 天内到期',
      named: '{{number}}（{{when}}）',
      list: '{{first}}、{{then}}',
      more: '{{list}}，另有 {{rest}} 个',
      body: '{{profile}}：{{numbers}}。',
    },
  },
} satisfies Catalog;
