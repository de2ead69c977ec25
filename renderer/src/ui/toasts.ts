import { notifications, type NotificationsProps } from '@mantine/notifications';
import type { AppError } from '../../../contract/result';
import { i18n } from '../i18n';
import { errorWords } from '../i18n/said';

/**
 * Where toasts stack: at the bottom left, over the foot of the sidebar and the start of the screen.
 * Rows keep their buttons at their right end (Redial, Edit, Reset), as forms keep Save: a toast at
 * the right would lie over them.
 */
export const TOAST_POSITION: NotificationsProps['position'] = 'bottom-left';

/** An operator-facing failure: what happened, then what to do. */
export function showError(error: AppError): void {
  const words = errorWords(error);
  notifications.show({
    color: 'red',
    title: words.message,
    message: words.hint ?? i18n.t('common:nothingChanged'),
    autoClose: 8000,
  });
}

export function showSuccess(title: string, message?: string): void {
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000 });
}
