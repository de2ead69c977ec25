/**
 * Dropping a file on the page the way a file manager's drag carries it: a DataTransfer with one
 * File, built in the page, then dragenter, dragover and drop on the target.
 */
import type { JSHandle, Locator, Page } from 'playwright-core';

// Page-side shapes (the Node tsconfig has no DOM library).
interface PageDataTransfer {
  items: { add(file: unknown): void };
}
declare const DataTransfer: new () => PageDataTransfer;
declare const File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
declare function atob(data: string): string;

/** A DataTransfer holding one file; build it before measuring, it is the test's work, not the app's. */
export function fileTransfer(page: Page, name: string, bytes: Uint8Array, type: string): Promise<JSHandle> {
  return page.evaluateHandle(
    ({ base64, fileName, mediaType }) => {
      const binary = atob(base64);
      const content = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) content[index] = binary.charCodeAt(index);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: mediaType }));
      return transfer;
    },
    { base64: Buffer.from(bytes).toString('base64'), fileName: name, mediaType: type },
  );
}

/** Drags the transfer over `target` and drops it. */
export async function dropOn(target: Locator, dataTransfer: JSHandle): Promise<void> {
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}
