import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom lays nothing out: for the file's cases, every box gets a viewport-sized height, so a
 * virtual list has a window to fill.
 */
export function giveBoxesHeight(height: number): void {
  let clientHeight: PropertyDescriptor | undefined;
  beforeAll(() => {
    clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });
}
