import type { Catalog } from '../catalog';

export default {
  notSaved: { message: '无法保存{{what}}（{{code}}）。', hint: '请选择一个有写入权限且有剩余空间的文件夹，然后重新保存。' },
  saved: {
    'call history': '通话记录',
    'call list': '呼叫列表',
    'chart image': '图表图片',
    'contacts file': '联系人文件',
    CSV: 'CSV 文件',
    'CSV file': 'CSV 文件',
    diagnostics: '诊断信息',
    'profile file': '配置文件',
    recording: '录音',
    report: '报表',
  },
  notRegular: { message: '“{{name}}”不是普通文件。', hint: '请选择{{kinds}}。未导入任何内容。' },
  unreadable: { message: '无法读取“{{name}}”（{{code}}）。', hint: '请确认文件存在且您有读取权限。未导入任何内容。' },
  kinds: {
    'a CSV file': '一个 CSV 文件',
    'a CSV or vCard file': '一个 CSV 或 vCard 文件',
  },
} satisfies Catalog;
