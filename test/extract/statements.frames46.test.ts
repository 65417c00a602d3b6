import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    said: text.slice(s.quote.start, s.quote.end),
  }));

describe('a state named before "which says"', () => {
  it('"Azerbaijan, which says it is …, has invited …": the state\'s government says it', () => {
    const text =
      'Thousands fled this week. Azerbaijan, which says it is reintegrating the region, has invited journalists on guided tours.';
    expect(who(text)).toEqual([{ speaker: 'gov-azerbaijan', said: 'it is reintegrating the region' }]);
  });

  it('"…, which says nothing": a place that is no state says nothing', () => {
    const text = 'The convoy reached Stepanakert, which says nothing of its own losses.';
    expect(who(text)).toEqual([]);
  });
});

describe('an indefinite member of the press told', () => {
  it('"…, the commander told a reporter on the scene.": the commander said the clause before', () => {
    const text =
      'Officials said the road was open again. The soldiers were gone, the commander told a reporter on the scene.';
    expect(who(text)).toContainEqual({ speaker: 'text:commander', said: 'The soldiers were gone' });
  });

  it('"…, X told a Reuters reporter in the town.": the press named by its agency is no speaker', () => {
    const text = 'The shelling stopped at dawn, Anna Petrosyan told a Reuters reporter in the town.';
    expect(who(text)).toEqual([{ speaker: 'text:anna-petrosyan', said: 'The shelling stopped at dawn' }]);
  });
});

describe('people who describe themselves in a restrictive relative clause', () => {
  it('"Protesters who said they were … blocked the road": the protesters, up to the main verb', () => {
    const text =
      'Crowds gathered in the square. Protesters who said they were relatives of the missing soldiers blocked the road.';
    expect(who(text)).toEqual([
      { speaker: 'text:protesters', said: 'they were relatives of the missing soldiers' },
    ]);
  });

  it('"by Azerbaijani protesters who said they were …": the protesters with their nationality (rule 5)', () => {
    const text =
      'The road has been closed since May, first by Azerbaijani protesters who said they were environmental activists and, since June, by a checkpoint.';
    expect(who(text)).toEqual([
      { speaker: 'text:azerbaijani-protesters', said: 'they were environmental activists' },
    ]);
  });

  it('a poll\'s share is no statement: "40 percent of voters who said they …"', () => {
    expect(
      who('About 40 percent of voters who said they backed the government changed their minds.'),
    ).toEqual([]);
    expect(who('Among those who said they would vote, most chose the ruling party.')).toEqual([]);
  });
});

describe('"told a visiting journalist" before a quote and its time', () => {
  it('"“…,” she told a visiting journalist that November.": the quote is hers', () => {
    const text =
      'Dr. Lena Arakelyan ran the ward for years. "We never stopped working," she told a visiting journalist that November.';
    expect(who(text).map((s) => s.said)).toContain('We never stopped working,');
  });

  it('"told a visiting journalist that …": the clause after "that" is what was said', () => {
    const text = 'Anna Petrosyan told a visiting journalist that the soldiers were gone.';
    expect(who(text)).toEqual([{ speaker: 'text:anna-petrosyan', said: 'the soldiers were gone' }]);
  });
});
