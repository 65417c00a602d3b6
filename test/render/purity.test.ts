import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Renderers take an answer and return payloads: the answer holds every text and citation they
 * show. So nothing in src/render reaches the knowledge base (src/index) or reads a file, and
 * nothing it loads at run time does either.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RENDER = join(ROOT, 'src/render');
const FILE_READING = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

interface Import {
  from: string;
  /** Loaded at run time: not `import type`, and not every name marked `type`. */
  value: boolean;
}

/** The imports and re-exports of a module (static and dynamic), read from its source. */
function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]/gms;
  for (const m of source.matchAll(statement)) {
    const names = /\{([^}]*)\}/.exec(m[2]!)?.[1];
    const allTypes =
      names !== undefined &&
      !/^[\w$]/.test(m[2]!.trim()) &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    found.push({ from: m[3]!, value: !m[1] && !allTypes });
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm))
    found.push({ from: m[1]!, value: true });
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ from: m[1]!, value: true });
  return found;
}

const resolveFrom = (file: string, from: string) => resolve(dirname(file), from);
const inIndex = (path: string) => relative(join(ROOT, 'src/index'), path).split(/[\\/]/)[0] !== '..';
const renderFiles = readdirSync(RENDER)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(RENDER, f));

describe('rendering is pure: an answer in, payloads out', () => {
  it('finds the renderers and reads their imports', () => {
    expect(renderFiles.length).toBeGreaterThan(5);
    expect(importsOf(join(RENDER, 'cite.ts')).map((i) => i.from)).toContain('./markdown.ts');
  });

  it('no renderer imports the knowledge base, even as a type, or a file-reading module', () => {
    const problems = renderFiles.flatMap((file) =>
      importsOf(file)
        .filter(
          (i) => FILE_READING.has(i.from) || (i.from.startsWith('.') && inIndex(resolveFrom(file, i.from))),
        )
        .map((i) => `${relative(ROOT, file)} imports ${i.from}`),
    );
    expect(problems).toEqual([]);
    for (const file of renderFiles) expect(readFileSync(file, 'utf8')).not.toMatch(/\bKnowledgeBase\b/);
  });

  it('nothing a renderer loads at run time, however indirectly, is in src/index or reads files', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string, via: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of importsOf(file)) {
        if (!i.value) continue;
        const chain = [...via, relative(ROOT, file)].join(' → ');
        if (FILE_READING.has(i.from)) problems.push(`${chain} → ${i.from}`);
        if (!i.from.startsWith('.')) continue;
        const target = resolveFrom(file, i.from);
        if (inIndex(target)) problems.push(`${chain} → ${relative(ROOT, target)}`);
        else visit(target, [...via, relative(ROOT, file)]);
      }
    };
    for (const file of renderFiles) visit(file, []);
    expect(seen.size).toBeGreaterThan(renderFiles.length);
    expect(problems).toEqual([]);
  });
});
