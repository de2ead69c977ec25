import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, contextMenuTemplate, type ContextMenuPlace, type MenuEntry } from '../../../../main/desktop/menu-templates';
import { sayIn } from '../../../../main/platform/speech';

const actions = (platform: NodeJS.Platform) => ({ platform, about: () => undefined, openDataFolder: () => undefined });
const flatten = (entries: MenuEntry[]): MenuEntry[] => entries.flatMap((entry) => [entry, ...flatten(entry.submenu ?? [])]);
const tops = (entries: MenuEntry[]) => entries.map((entry) => entry.role ?? entry.label);

const FIELD: ContextMenuPlace = {
  isEditable: true,
  selectionText: '',
  editFlags: { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
};

describe('the application menu', () => {
  it('has the standard menus on Windows and Linux, and the app menu in their place on macOS', () => {
    expect(tops(applicationMenuTemplate(actions('win32')))).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(tops(applicationMenuTemplate(actions('linux')))).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(tops(applicationMenuTemplate(actions('darwin')))).toEqual(['appMenu', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it('zooms from View, and offers no reload and no developer tools anywhere', () => {
    const menu = applicationMenuTemplate(actions('linux'));
    expect(menu.find((entry) => entry.label === 'View')?.submenu?.map((entry) => entry.role ?? entry.type)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    const roles = flatten(menu).map((entry) => entry.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles).not.toContain(role);
  });

  it('has About (the macOS app menu has its own) and the data folder under Help, each doing its action', () => {
    const done: string[] = [];
    const help = (platform: NodeJS.Platform) =>
      applicationMenuTemplate({ platform, about: () => done.push('about'), openDataFolder: () => done.push('folder') }).find((entry) => entry.role === 'help')!.submenu!;
    expect(help('win32').map((entry) => entry.label)).toEqual(['About Switchboard', 'Open data folder']);
    expect(help('darwin').map((entry) => entry.label)).toEqual(['Open data folder']);
    for (const entry of help('linux')) entry.click?.();
    expect(done).toEqual(['about', 'folder']);
  });

  it('says its own items in the window’s language, leaving the roles to the system', () => {
    const menu = applicationMenuTemplate(actions('win32'), sayIn('zh-CN'));
    expect(tops(menu)).toEqual(['fileMenu', 'editMenu', '视图', 'windowMenu', 'help']);
    expect(menu.find((entry) => entry.role === 'help')!.submenu!.map((entry) => entry.label)).toEqual(['关于 Switchboard', '打开数据文件夹']);
    expect(menu[2]!.submenu!.map((entry) => entry.role ?? entry.type)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });
});

describe('the context menu', () => {
  it('offers the editing commands in a text field, each enabled as the field allows', () => {
    expect(contextMenuTemplate(FIELD)).toEqual([
      { role: 'undo', enabled: false },
      { role: 'redo', enabled: false },
      { type: 'separator' },
      { role: 'cut', enabled: false },
      { role: 'copy', enabled: false },
      { role: 'paste', enabled: true },
      { type: 'separator' },
      { role: 'selectAll', enabled: true },
    ]);
  });

  it('never offers to cut or copy out of a password field', () => {
    const roles = contextMenuTemplate({ ...FIELD, inputFieldType: 'password', selectionText: 'hunter2', editFlags: { ...FIELD.editFlags, canCut: true, canCopy: true } }).map((entry) => entry.role);
    expect(roles).not.toContain('cut');
    expect(roles).not.toContain('copy');
    expect(roles).toContain('paste');
  });

  it('offers Copy on text selected outside a field (a recording id), and nothing where nothing is selected', () => {
    const flags = { ...FIELD.editFlags, canCopy: true, canPaste: false };
    expect(contextMenuTemplate({ isEditable: false, selectionText: 'rec-20250701-8843', editFlags: flags })).toEqual([{ role: 'copy', enabled: true }]);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags })).toEqual([]);
  });
});
