import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The versions of the libraries that turn a page into text. A page's text (and so every offset
 * persisted for it) depends on them as much as on our code, so the persisted index's key holds them.
 */
export function pageReaderVersions(): string {
  return ['@mozilla/readability', 'linkedom']
    .map((name) => {
      try {
        const json = JSON.parse(readFileSync(installedPackageJson(name), 'utf8')) as { version?: string };
        return `${name}@${json.version ?? '?'}`;
      } catch {
        return `${name}@?`;
      }
    })
    .join(' ');
}

/**
 * A package's package.json as Node would find it from here: the nearest node_modules up the
 * folders, so it is found from src/ and from the compiled dist/src/ alike.
 */
function installedPackageJson(name: string): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}
