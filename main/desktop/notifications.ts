import { Notification, type BrowserWindow } from 'electron';
import type { NavigateTo } from '../../contract/schemas/events';
import type { Notice, NoticeHost } from './notices';

/** Electron's side of notices.ts: the system's notifications, a click opening what one is about. */
export function electronNotices(window: () => BrowserWindow | undefined, open: (target: NavigateTo) => void): NoticeHost {
  // Held until clicked or closed: a notification collected by the garbage collector loses its click.
  const shown = new Set<Notification>();
  return {
    supported: () => Notification.isSupported(),
    windowInFront: () => {
      const current = window();
      return current !== undefined && current.isVisible() && !current.isMinimized() && current.isFocused();
    },
    show: (notice: Notice) => {
      const notification = new Notification({ title: notice.title, body: notice.body });
      shown.add(notification);
      notification.on('click', () => {
        shown.delete(notification);
        open(notice.target);
      });
      notification.on('close', () => shown.delete(notification));
      notification.show();
    },
  };
}
