import type { Catalog } from '../catalog';

export default {
  groupExists: { message: '此应用下已有名为“{{group}}”的话机组。', hint: '请换一个未使用的话机组名称。' },
  phoneNameExists: { message: '此应用下已有名为“{{name}}”的话机。', hint: '请换一个未使用的话机名称。' },
} satisfies Catalog;
