import type { Catalog } from '../catalog';

export default {
  // `what` is said as an action here ("选择话机 8001", "填写批量表单").
  pickedElsewhere: '{{what}}时所用的配置不是当前配置。请求未发出。',
  noProfile: { message: '没有配置“{{profile}}”。', hint: '请从列表中选择一个配置。' },
  untrustedPage: '已拒绝来自非 Switchboard 页面的请求。',
} satisfies Catalog;
