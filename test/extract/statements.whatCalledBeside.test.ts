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

  it('"the ministry said … in what it called “…”": "it" inside a body\'s reported words is that body', () => {
    const text =
      'The Moldovan Defence Ministry said two guards were hurt as a result of what it called "a planned provocation" at the post.';
    expect(said(text)).toContain('The Moldovan Defence Ministry: a planned provocation');
  });

  it('"Baku insists that … an end to what it calls “…”": a state\'s saying names the thing too', () => {
    const text =
      'Baku insists that the farmers only want an end to what it calls "unlawful seizures" of land.';
    expect(said(text)).toContain('Baku: unlawful seizures');
  });

  it('a person\'s saying leaves "it" unresolved: who named the thing, the text does not say', () => {
    const text =
      'The governor said two guards were hurt as a result of what it called "a planned provocation" at the post.';
    expect(said(text).filter((s) => s.endsWith(': a planned provocation'))).toEqual([]);
  });
});
