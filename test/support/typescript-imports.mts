/**
 * Lets a child process that Node runs as TypeScript (type stripping) follow the sources'
 * extension-less imports, which the bundler and vitest resolve on their own. Import it first,
 * then load sources with dynamic import().
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          // Our sources are ES modules; saying so spares Node a CommonJS attempt and its warning.
          return { ...nextResolve(candidate, context), format: 'module-typescript' };
        } catch {
          // try the next form
        }
      }
    }
    return nextResolve(specifier, context);
  },
});
