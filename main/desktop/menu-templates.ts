/**
 * The application menu and the context menu, as plain data: Electron builds them from these
 * (desktop/menus.ts), tests read them. Editing and zoom go through Electron's roles, so each
 * platform gets its own labels, shortcuts and behaviour.
 */
import { inEnglish } from '../platform/messages';
import type { Say } from '../platform/speech';

/** The part of Electron's MenuItemConstructorOptions these menus use. */
export interface MenuEntry {
  role?: MenuRole;
  label?: string;
  type?: 'separator' | 'radio';
  checked?: boolean;
  enabled?: boolean;
  accelerator?: string;
  submenu?: MenuEntry[];
  click?: () => void;
}

export type MenuRole =
  | 'appMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'fileMenu'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'about'
  | 'help';

export interface ApplicationMenuActions {
  platform: NodeJS.Platform;
  /** Shows Switchboard's version and licence (Electron's About panel). */
  about(): void;
  /** Opens the data folder (profiles, settings, history) in the system's file manager. */
  openDataFolder(): void;
}

const separator: MenuEntry = { type: 'separator' };

/**
 * The standard menus, our own items said in the window's language (`say`; English unless said). No
 * Reload and no developer tools: a reload drops unsaved forms and the answer to a change on its way,
 * and the tools would let anyone at the desk read the page's memory.
 */
export function applicationMenuTemplate(actions: ApplicationMenuActions, say: Say = inEnglish): MenuEntry[] {
  const mac = actions.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    { label: say({ key: 'desktop.menu.view' }), submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        ...(mac ? [] : [{ label: say({ key: 'desktop.menu.about' }), click: actions.about }]),
        { label: say({ key: 'desktop.menu.openDataFolder' }), click: actions.openDataFolder },
      ],
    },
  ];
}

/** What Electron tells of a right-click (its ContextMenuParams), as far as these menus look. */
export interface ContextMenuPlace {
  isEditable: boolean;
  selectionText: string;
  inputFieldType?: string;
  editFlags: { canUndo: boolean; canRedo: boolean; canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/**
 * The usual menu: in a text field undo, redo, cut, copy, paste and select all, each enabled as the
 * field allows; on selected text elsewhere (a recording id, a number in a table) Copy. A password
 * field offers nothing that would take its text out. Nowhere else a menu.
 */
export function contextMenuTemplate(place: ContextMenuPlace): MenuEntry[] {
  const { editFlags } = place;
  if (place.isEditable) {
    const secret = place.inputFieldType === 'password';
    return [
      { role: 'undo', enabled: editFlags.canUndo },
      { role: 'redo', enabled: editFlags.canRedo },
      separator,
      ...(secret ? [] : [{ role: 'cut' as const, enabled: editFlags.canCut }, { role: 'copy' as const, enabled: editFlags.canCopy }]),
      { role: 'paste', enabled: editFlags.canPaste },
      separator,
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    ];
  }
  if (place.selectionText.trim()) return [{ role: 'copy', enabled: editFlags.canCopy }];
  return [];
}
