import type { Catalog } from '../catalog';

export default {
  what: {
    read: '无法读取已保存的 API 凭据',
    save: '无法保存 API 凭据',
    remove: '无法删除 API 凭据',
  },
  linuxHint: '在 Linux 上，请安装并解锁一个 Secret Service 钥匙串，例如 GNOME Keyring（gnome-keyring）或 KWallet，然后重试。Switchboard 从不以明文保存密钥。',
  module: {
    message: '系统钥匙串不可用：Switchboard 无法加载其钥匙串模块，因此{{what}}。',
    hint: '{{linux}}在 Linux 上还需安装 libsecret（Debian 和 Ubuntu 上为 libsecret-1-0）。如果问题仍然存在，请重新安装 Switchboard。',
  },
  noBus: {
    message: '系统钥匙串不可用：没有可连接 Secret Service 的 D-Bus 会话总线，因此{{what}}。',
    hint: '请从桌面会话中启动 Switchboard（或在 dbus-run-session 下启动）。{{linux}}',
  },
  noService: { message: '系统钥匙串不可用：没有正在运行的 Secret Service 钥匙串，因此{{what}}。', hint: '{{linux}}' },
  noKeyring: {
    message: '系统钥匙串不可用：Secret Service 没有可保存凭据的默认钥匙串，因此{{what}}。',
    hint: '请创建一个默认钥匙串（例如“密码和密钥”中的“Login”）并解锁。{{linux}}',
  },
  locked: {
    message: '系统钥匙串不可用：钥匙串已锁定，因此{{what}}。',
    hint: '请解锁您的登录钥匙串（在“密码和密钥”中，或重新登录），然后重试。{{linux}}',
  },
  denied: { message: '访问系统钥匙串被拒绝，因此{{what}}。', hint: '系统询问时，请允许 Switchboard 使用钥匙串（并解锁），然后重试。' },
  timeout: { message: '系统钥匙串未及时响应，因此{{what}}。', hint: '如果有钥匙串解锁窗口打开，请先处理它。{{linux}}' },
  other: {
    message: '系统钥匙串报告了错误，因此{{what}}。',
    withDetail: '系统钥匙串报告了错误，因此{{what}}：{{detail}}',
    hint: '请确认系统钥匙串正在运行且已解锁，然后重试。{{linux}}',
  },
  damaged: {
    message: '此配置在系统钥匙串中的条目已损坏，无法读取已保存的 API 凭据。',
    hint: '请重新输入此配置的 API 密钥和密码，以替换该条目。',
  },
  missing: {
    message: '在系统钥匙串中找不到配置“{{profile}}”的 API 凭据。',
    hint: '如果钥匙串已锁定，请解锁（Linux 上为 GNOME Keyring 或 KWallet）后重试；否则请重新输入此配置的 API 密钥和密码。',
  },
  noProfileId: { message: '请求系统钥匙串条目时缺少配置 ID。', hint: '这是 Switchboard 的程序错误，请报告此问题。' },
  emptyKey: { message: 'API 密钥为空，没有可保存的内容。', hint: '请输入您 ITNIO 账号的 API 密钥。' },
  emptySecret: { message: 'API 密码为空，没有可保存的内容。', hint: '请输入您 ITNIO 账号的 API 密码。' },
  tooLong: { message: 'API 密钥和密码太长，无法保存在系统钥匙串中。', hint: '请确认只粘贴了密钥和密码。' },
} satisfies Catalog;
