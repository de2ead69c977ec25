import { notifications, type NotificationsProps } from '@mantine/notifications';
import type { AppError } from '../../../contract/result';

/**
 * Where toasts stack: at the bottom left, over the foot of the sidebar and the start of the screen.
 * Rows keep their buttons at their right end (Redial, Edit, Reset), as forms keep Save: a toast at
 * the right would lie over them.
 */
export const TOAST_POSITION: NotificationsProps['position'] = 'bottom-left';

/** An operator-facing failure: what happened, then what to do. */
export function showError(error: AppError): void {
  notifications.show({
    color: 'red',
    title: error.message,
    message: error.hint ?? 'Nothing was changed.',
    autoClose: 8000,
  });
}

export function showSuccess(title: string, message?: string): void {
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000 });
}
