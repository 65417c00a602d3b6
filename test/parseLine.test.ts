import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { parseLine } from '../src/console/parseLine.ts';

describe('a console line is read as Discord would pass the command', () => {
  it('takes named options whose values hold spaces', () => {
    const r = parseLine('/timeline month:2023-09 about:cease fire', commands);
    expect(r.ok && r.command.name).toBe('timeline');
    expect(r.ok && r.args).toEqual({ month: '2023-09', about: 'cease fire' });
  });

  it('fills the positional option from bare words: /timeline 2023-09', () => {
    const r = parseLine('/timeline 2023-09', commands);
    expect(r.ok && r.args).toEqual({ month: '2023-09' });
  });

  it('keeps a colon inside a value that is not an option name', () => {
    const r = parseLine('/who-said about:time: 10:30', commands);
    expect(r.ok && r.args).toEqual({ about: 'time: 10:30' });
  });

  it('names the commands when the command is unknown', () => {
    const r = parseLine('/weather', commands);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/\/timeline/);
  });

  it('names the options when an option is unknown', () => {
    const r = parseLine('/timeline when:2023-09', commands);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/month:/);
  });
});
