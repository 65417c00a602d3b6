import { describe, expect, it } from 'vitest';
import { prettyWanted } from '../src/log.ts';

describe('log format: readable at a terminal, JSON everywhere else', () => {
  it('a terminal in development → pretty', () => {
    expect(prettyWanted({}, true)).toBe(true);
  });

  it.each([
    ['a pipe or a file', {}, false],
    ['CI', { CI: 'true' }, true],
    ['the tests', { VITEST: 'true' }, true],
    ['NODE_ENV=production', { NODE_ENV: 'production' }, true],
    ['LOG_FORMAT=json', { LOG_FORMAT: 'json' }, true],
  ])('%s → JSON lines', (_what, env, isTerminal) => {
    expect(prettyWanted(env, isTerminal)).toBe(false);
  });

  it('LOG_FORMAT=pretty → pretty even into a pipe', () => {
    expect(prettyWanted({ LOG_FORMAT: 'pretty' }, false)).toBe(true);
  });
});
