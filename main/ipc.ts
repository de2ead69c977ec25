import { pathToFileURL } from 'node:url';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, METHODS } from '../contract/methods';
import { fail } from '../contract/result';
import type { Logger } from './platform/log';
import { spoken } from './platform/messages';
import type { Router } from './router';

/** Where our renderer is served from: the packaged index.html, or the dev server's origin. */
export type RendererLocation = { file: string } | { devUrl: string };

/**
 * Accepts only the top frame of our own page: a subframe, a navigated-away page or another
 * origin is refused even though it could reach the preload's bridge.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, renderer: RendererLocation): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOwnPage(frame.url, renderer);
}

/** Whether a URL is our page: the packaged index.html (any hash or query), or the dev server's origin. */
export function isOwnPage(href: string, renderer: RendererLocation): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if ('devUrl' in renderer) return url.origin === new URL(renderer.devUrl).origin;
  url.hash = '';
  url.search = '';
  return url.href === pathToFileURL(renderer.file).href;
}

export function registerIpc(router: Router, renderer: RendererLocation, log: Logger): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event, input: unknown) => {
      if (!isTrustedSender(event, renderer)) {
        log.error('ipc refused', { method });
        return fail({ kind: 'internal', ...spoken({ key: 'connections.untrustedPage' }) });
      }
      return router.dispatch(method, input);
    });
  }
}
