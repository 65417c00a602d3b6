/**
 * Extraction is faster with V8 options that can only be given when a process starts
 * (src/runtime.ts, NODE_FLAGS). Every way the project starts a process that extracts passes them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../src/runtime.ts';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('the start-up options extraction runs with', () => {
  it('are only V8 options Node accepts on its command line (not in NODE_OPTIONS, not set at run time)', () => {
    expect(NODE_FLAGS).toContain('--no-regexp-tier-up');
    for (const flag of NODE_FLAGS) expect(flag).toMatch(/^--[a-z][a-z-]*(=\S+)?$/);
  });

  it('are given by every npm script that starts node or tsx on the project’s code', () => {
    const starters = Object.entries(scripts).filter(
      ([, line]) => /^(node|tsx) /.test(line) && !/checkBuilt/.test(line),
    );
    expect(starters.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ask', 'start', 'start:dev', 'deploy-commands', 'bench', 'eval']),
    );
    for (const [name, line] of starters) {
      const words = line.split(' ');
      const entry = words.findIndex((w) => /\.(ts|js|mjs)$/.test(w));
      for (const flag of NODE_FLAGS)
        expect(words.slice(1, entry), `npm run ${name} starts with ${flag}`).toContain(flag);
    }
  });

  it('reach this test process (vitest starts its forks with them)', () => {
    for (const flag of NODE_FLAGS) expect(process.execArgv).toContain(flag);
  });
});
