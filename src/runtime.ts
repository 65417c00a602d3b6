/**
 * Whether the code runs as TypeScript sources (tsx, vitest) or compiled (`npm run build` to
 * dist/, started by `npm start`), for the few places that name a module file or the project root.
 */
export const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/** A module beside `base` (an import.meta.url), named as in the sources: `./shard.ts` is `./shard.js` when compiled. */
export function siblingModule(name: string, base: string): URL {
  return new URL(base.endsWith('.js') ? name.replace(/\.ts$/, '.js') : name, base);
}
