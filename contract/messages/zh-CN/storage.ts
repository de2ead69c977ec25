import type { Catalog } from '../catalog';

export default {
  busy: {
    message: '另一个 Switchboard 窗口或命令占用 {{file}} 已达 {{seconds}} 秒，因此未发送或更改任何内容。',
    hint: '请稍后重试。如果经常出现，请关闭其他 Switchboard 窗口和命令。',
  },
  notWritten: {
    message: 'Switchboard 无法写入其数据文件夹：{{problem}}。未发送或更改任何内容。',
    hint: '请释放磁盘空间或修正文件夹权限，然后重试。',
  },
  folder: {
    diskFull: '磁盘已满',
    quotaUsed: '磁盘配额已用完',
    notWritable: '当前用户没有写入权限',
    readOnly: '它位于只读磁盘上',
  },
} satisfies Catalog;
