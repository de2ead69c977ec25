import type { Catalog } from '../catalog';

export default {
  callListFile: {
    correctHint: '请修改文件后重新导入。未导入任何内容。',
    splitHint: '请将列表拆分为多个较小的文件。未导入任何内容。',
    tooLarge: '“{{name}}”超过 {{megabytes}} MB。',
    binary: '“{{name}}”不是 CSV 文件：其中是二进制数据，不是文本。',
    unreadable: '“{{name}}”不是 Switchboard 能读取的 CSV 文件：{{problem}}。',
    noRows: '“{{name}}”中没有任何行。',
    noRowsHint: '请选择每行一个号码的 CSV 文件。未导入任何内容。',
    noNumberColumn: '“{{name}}”有标题行，但没有号码列。',
    noNumberColumnHint: '请将号码列命名为 number、phone 或 tel。未导入任何内容。',
    tooManyRows: '“{{name}}”有 {{rows}} 行；一个呼叫列表最多 {{max}} 行。',
    nothingCallable: '“{{name}}”中没有任何一行含有可拨打的号码。',
    nothingCallableWhy: '“{{name}}”中没有任何一行含有可拨打的号码（{{reasons}}）。',
  },
  contactFile: {
    chooseHint: '请选择 CSV 文件（Google 或 Outlook 导出，或“姓名,号码”格式）或 vCard 文件。未导入任何内容。',
    tooLarge: '“{{name}}”超过 {{megabytes}} MB，比通讯录导出文件还大。',
    tooLargeHint: '请拆分文件，或减少导出的联系人。未导入任何内容。',
    binary: '“{{name}}”不是联系人文件：其中是二进制数据，不是文本。',
    noContacts: '“{{name}}”中没有联系人。',
    headerOnly: '“{{name}}”中没有联系人：只有标题行，下面没有内容。',
    cannotImport: '无法导入“{{name}}”：{{problem}}。',
    notCsv: '它不是 Switchboard 能读取的 CSV（{{problem}}）',
    noRows: '它没有任何行',
    noNumberColumn: '其标题行中没有号码列：普通文件需要在“name”旁有“number”（或“phone”）列，或使用 Google 或 Outlook 导出的标题行',
  },
  callLists: {
    unknownList: '当前配置下没有呼叫列表“{{list}}”。',
    unknownListHint: '请重新加载呼叫列表并从中选择。未做任何更改。',
    unknownEntry: '呼叫列表“{{list}}”中没有条目“{{entry}}”。',
    unknownEntryHint: '请重新加载该呼叫列表并选择其中的条目。未做任何更改。',
  },
  addressBook: {
    full: '通讯录已满：最多可保存 {{max}} 个联系人。',
    fullHint: '请删除不再需要的联系人，然后再添加此联系人。未做任何更改。',
    empty: '通讯录是空的。',
    emptyHint: '请先添加或导入联系人。未保存任何内容。',
  },
} satisfies Catalog;
