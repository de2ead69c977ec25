import { notifications } from '@mantine/notifications';
import type { AppError } from '../../../contract/result';

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
