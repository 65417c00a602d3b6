import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RUNNING_COMPILED } from '../runtime.ts';

/**
 * A worker thread running `entry` (a siblingModule URL). Compiled, it runs the compiled entry.
 * From the TypeScript sources it runs them as this thread does, whoever started it (`npm run
 * ask`, vitest, a tsx start): it registers tsx's loader, then imports the entry.
 */
export function startModuleWorker(entry: URL): Worker {
  if (RUNNING_COMPILED) return new Worker(entry);
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}
