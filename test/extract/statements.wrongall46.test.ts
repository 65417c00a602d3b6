import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end)]);

describe('"that" right before a verb is the content’s subject, not its opener (CONVENTIONS 16)', () => {
  it('"said that depended on …" starts at "that"', () => {
    const text =
      'Asked whether more releases would follow, Hikmet Hajiyev said that depended on “the behaviour of the other side”.';
    expect(who(text).map(([, q]) => String(q).slice(0, 14))).toEqual(['that depended ']);
  });

  it('"said that armed men …" still opens the content past "that"', () => {
    const text = 'Hikmet Hajiyev said that armed men had crossed the line near the village at night.';
    expect(who(text).map(([, q]) => String(q).slice(0, 10))).toEqual(['armed men ']);
  });
});

describe('a saying verb with a thing for its object reports no words (CONVENTIONS 10)', () => {
  it('a count and its state, with no verb, is a figure reported', () => {
    expect(
      who('Armenia lost 13 soldiers in those clashes. Azerbaijan reported seven servicemen killed.'),
    ).toEqual([]);
    expect(
      who('The two ministries gave their figures. Armenia also reports 20 soldiers still missing.'),
    ).toEqual([]);
  });

  it('a count then a clause is still words', () => {
    expect(who('Azerbaijan reported that 7 of its servicemen were killed.').map(([s]) => s)).toEqual([
      'gov-azerbaijan',
    ]);
  });

  it('"reported on" a noun phrase names a topic', () => {
    expect(who('Earlier, Znak reported on the Russian helicopter shot down over Armenia on Monday.')).toEqual(
      [],
    );
    expect(who('Znak reported on Monday that the helicopter had been shot down.').map(([s]) => s)).toEqual([
      'text:znak',
    ]);
  });

  it('"declared its support" names a stance; "declared the war was over" tells words', () => {
    expect(who('Ankara declared its full support for Baku, while Yerevan turned to Moscow.')).toEqual([]);
    expect(who('Ankara declared the war was over.').map(([s]) => s)).toEqual(['gov-turkey']);
  });
});
