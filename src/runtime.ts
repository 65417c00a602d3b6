/**
 * Whether the code runs as TypeScript sources (tsx, vitest) or compiled (`npm run build` to
 * dist/, started by `npm start`), for the few places that name a module file or the project root.
 */
export const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/** A module beside `base` (an import.meta.url), named as in the sources: `./shard.ts` is `./shard.js` when compiled. */
export function siblingModule(name: string, base: string): URL {
  return new URL(base.endsWith('.js') ? name.replace(/\.ts$/, '.js') : name, base);
}

/**
 * Node options every process that extracts is started with (the npm scripts, the Dockerfile, the
 * shard processes, the bench's child, the suite's test processes). Extraction runs about a thousand
 * regular expressions; by default V8 runs each new one in its bytecode interpreter, compiles it on
 * a later run and drops compiled code left unused over a few collections, so most patterns went
 * through both steps again and again. `--no-regexp-tier-up` compiles each straight to machine code:
 * the same matches, about a tenth less extraction time. It is a V8 option, so it must be given at
 * start-up (changing V8 options in a running process is unsafe, and crashed workers when tried);
 * worker threads take it from their process, and a Worker given its own execArgv may not carry it.
 */
export const NODE_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
