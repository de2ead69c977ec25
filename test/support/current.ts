/**
 * Stands for whatever object a file's hooks opened for the running test: `useTestApp()` and the e2e
 * harness's `useApp()` answer one at load time, before any hook has run, and each test reaches the
 * object of its own. Reading it outside a test fails with what was missing.
 */
export function current<T extends object>(get: () => T | undefined, what: string): T {
  const target = () => {
    const object = get();
    if (!object) throw new Error(`${what} is only there inside a test (its beforeEach opens it)`);
    return object;
  };
  return new Proxy({} as T, {
    get: (_stub, key) => Reflect.get(target(), key),
    set: (_stub, key, value) => Reflect.set(target(), key, value),
    has: (_stub, key) => Reflect.has(target(), key),
  });
}
