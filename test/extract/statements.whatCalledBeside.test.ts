import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('"what X called “…”" beside another saying is X\'s own naming', () => {
  it('a participle clause read as a frame with no speaker leaves the naming to the one who named it', () => {
    const text =
      'Georgia has begun what it calls "border clearance works" near the pass, with gunfire reported in the valley.';
    expect(said(text)).toContain('Georgia: border clearance works');
  });

  it('"Villagers say … after Moldova began what it called “…”": the villagers say the clause, Moldova names the thing', () => {
    const text =
      'Villagers say they fear for their homes after Moldova began what it called "sanitary" checks in the area.';
    expect(said(text)).toEqual([
      'Villagers: they fear for their homes after Moldova began what it called "sanitary" checks in the area',
      'Moldova: sanitary',
    ]);
  });

  it('"condemned what she called “…”": the one who condemned named it so', () => {
    const text = 'The senator on Sunday condemned what she called "reckless and cruel" raids on the town.';
    expect(said(text)).toContain('The senator: reckless and cruel');
  });
});
