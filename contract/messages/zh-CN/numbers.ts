import type { Catalog } from '../catalog';

export default {
  greeting: {
    exportHint: '请将录音重新导出为 mp3、wav 或 m4a 格式（不超过 5 MB），再添加该文件。',
    empty: '“{{name}}”是空文件。',
    tooLarge: '“{{name}}”大小为 {{size}}（{{bytes}} 字节）；问候语最大为 5 MB（{{max}} 字节）。',
    tooLargeHint: '请缩短录音或以更低的比特率保存，然后重新添加。',
    notRecognised: '“{{name}}”不是 Switchboard 能识别的音频文件；问候语必须是 mp3、wav 或 m4a 文件。',
    otherAudio: '“{{name}}”是 {{format}} 音频；ITNIO 只接受 mp3、wav 或 m4a 格式的问候语。',
    notAudio: '“{{name}}”是 {{format}} 文件，不是音频；问候语必须是 mp3、wav 或 m4a 文件。',
    cutShort: '“{{name}}”已损坏或不完整：其 {{format}} 音频无法读取到结尾。',
    cutShortHint: '请重新复制或导出录音，然后添加新文件。',
  },
  greetingFile: {
    notRegular: '“{{name}}”不是普通文件（而是管道、设备或文件夹）。',
    notRegularHint: '请选择 mp3、wav 或 m4a 文件。',
    notFound: '找不到“{{name}}”。',
    notFoundHint: '请检查路径后重试。',
    denied: '无法读取“{{name}}”：权限不足。',
    deniedHint: '请选择您有权读取的文件，或修改其权限。',
    unreadable: '无法读取“{{name}}”。',
    unreadableCode: '无法读取“{{name}}”（{{code}}）。',
    unreadableHint: '请重试，或先将文件复制到其他文件夹。',
  },
  editPreview: {
    askedTwice: '{{number}} 被重复指定；只会编辑一次',
    notListed: '{{number}} 不在此账号的号码中，因此不会向它发送任何内容',
  },
  fields: {
    number: '号码',
    outIp: '外呼 IP 白名单',
    inIp: '呼入地址',
    inboundPrefix: '呼入前缀',
    remark: '备注',
    enableVoicemail: '语音信箱',
    voicemailMaxHangup: '最长挂机时间',
  },
} satisfies Catalog;
