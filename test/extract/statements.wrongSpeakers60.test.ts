import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import {
  speakerQuoteLinesInPiece,
  speakerViaQuoteLines,
  statementsOf,
  timelineFor,
} from './statements.helpers.ts';

/** Text written for these tests (session 43). */
describe('"claim" with a bare noun phrase is a thing taken, not words (CONVENTIONS 9)', () => {
  it('"The conflict has claimed heavy losses" says nothing', () => {
    expect(
      speakerViaQuoteLines('Losses\n\nThe conflict has claimed heavy losses. Nobody knows how many.'),
    ).toEqual([]);
  });

  it('"claimed" with a clause stays a statement', () => {
    expect(
      speakerViaQuoteLines('Shelling\n\nThe ministry claimed the village had been shelled overnight.'),
    ).toEqual(['text:ministry: the village had been shelled overnight']);
  });
});

describe('a request is an act: "asked" hands on no relayed words (CONVENTIONS 10)', () => {
  it('"asked Moscow to ensure that …" relays nothing of the one who asked', () => {
    expect(
      speakerViaQuoteLines(
        'Call\n\nAccording to his spokesman, Prime Minister Nikol Pashinyan asked Moscow to ensure that the convoy could pass.',
      ).filter((s) => s.startsWith('pashinyan')),
    ).toEqual([]);
  });

  it('a subject before a quoted predicate is no relayed speaker: X "did not ask …," Y told AFP', () => {
    const got = speakerViaQuoteLines(
      'Release\n\nPresidential aide Hikmet Hajiyev said the release was a gesture. Aliyev "did not ask for anything in exchange," Hajiyev told AFP.',
    );
    expect(got.filter((s) => s.startsWith('aliyev'))).toEqual([]);
    expect(got).toContain('hajiyev: Aliyev "did not ask for anything in exchange,"');
  });
});

describe('a given name points back to a full name written before it, never ahead', () => {
  it('"Her brother, Karen," is not the "Karen Mirzoyan" the text names later', () => {
    const got = speakerViaQuoteLines(
      'Prisoners\n\nHer brother, Karen, told reporters that the detainee had lost weight. ' +
        'Activist Lusine Avetisyan said she had written to lawmaker Karen Mirzoyan.',
    );
    expect(got[0]).toBe('text:karen: the detainee had lost weight');
  });
});

describe('a body named before its numbers gave them', () => {
  it('"according to UN figures" is the UN', () => {
    expect(
      speakerViaQuoteLines(
        'Exodus\n\nMore than 90,000 people have crossed into Armenia, according to UN figures.',
      ),
    ).toEqual(['un: More than 90,000 people have crossed into Armenia']);
  });

  it('"according to Azerbaijani figures" names a side, not a body: left as it was', () => {
    expect(
      speakerViaQuoteLines('Toll\n\nAt least 12 soldiers died, according to Azerbaijani figures.').some((s) =>
        s.startsWith('un:'),
      ),
    ).toBe(false);
  });
});

describe('local officials are seated by the places of their own sentence first (CONVENTIONS 4)', () => {
  it('a Goris dateline before a sentence set near Stepanakert', () => {
    expect(
      speakerViaQuoteLines(
        'Blast\n\nGoris (Armenia) - Our correspondent\n\n' +
          'A blast at a warehouse near Stepanakert, in Nagorno-Karabakh, killed nine people, local officials said on Monday.',
      ),
    ).toEqual([
      'karabakh-authorities: A blast at a warehouse near Stepanakert, in Nagorno-Karabakh, killed nine people',
    ]);
  });
});

describe('a definite plural repeats the one body named with that noun', () => {
  it('"the Russian peacekeepers" … "The peacekeepers said"', () => {
    expect(
      speakerViaQuoteLines(
        'Truce\n\nThe ceasefire was brokered by the Russian peacekeepers on Tuesday.\n\n' +
          'The peacekeepers said they had moved 300 civilians to safety.',
      ),
    ).toEqual(['russian-peacekeepers: they had moved 300 civilians to safety']);
  });
});

describe('a translated ministry keeps its own-language abbreviation (CONVENTIONS 7)', () => {
  it('"Romania’s Ministry of Foreign Affairs (MAE)" is the MAE at every mention', () => {
    expect(
      speakerQuoteLinesInPiece(
        "Reaction\n\nRomania's Ministry of Foreign Affairs (MAE) said it was watching the situation closely. " +
          'According to the MAE, no Romanian citizens were hurt.',
      ),
    ).toEqual([
      'text:mae: it was watching the situation closely',
      'text:mae: no Romanian citizens were hurt',
    ]);
  });
});

describe('an age makes a description an epithet for the person just named', () => {
  it('"said the 61-year-old retired nurse" after "Mariam Avetisyan keeps …"', () => {
    expect(
      speakerViaQuoteLines(
        'Winter\n\nIn a former dormitory in the capital, Mariam Avetisyan keeps the keys to her house in a plastic bag.\n\n' +
          '"The house is probably gone. But I still have the keys," said the 61-year-old retired nurse, who fled in September.',
      ),
    ).toEqual(['text:mariam-avetisyan: The house is probably gone. But I still have the keys,']);
  });
});

describe('a post of the story’s region is its holder at the story’s date (CONVENTIONS 1)', () => {
  const at: SourceDate = { precision: 'day', year: 2022, month: 12, day: 13, yearStatus: 'stated' };
  it('"according to the regional ombudsman" in Karabakh in December 2022', () => {
    const text =
      'Blockade\n\nAbout 900 people are stranded on either side of the blockade in Nagorno-Karabakh, according to the regional ombudsman.';
    expect(statementsOf(text, timelineFor(text, at)).map((s) => s.speaker)).toEqual(['gegham-stepanyan']);
  });

  it('the regional ombudsman of another region stays as written', () => {
    const text =
      'Floods\n\nAbout 900 people left their homes in Syunik, according to the regional ombudsman.';
    expect(statementsOf(text, timelineFor(text, at)).map((s) => s.speaker)).not.toContain('gegham-stepanyan');
  });
});

describe('a thinking verb with a that-less clause whose subject is a name (CONVENTIONS 9)', () => {
  it('"believes Russia is the big winner" is what the analyst thinks', () => {
    expect(
      speakerViaQuoteLines(
        'Analysis\n\nMaria Holm, an analyst in Bergen, believes Russia is the main winner.',
      ),
    ).toEqual(['text:maria-holm: Russia is the main winner']);
  });

  it('"believes the reports" still names a thing believed, not a clause', () => {
    expect(speakerViaQuoteLines('Analysis\n\nAnalyst Maria Holm believes the reports.')).toEqual([]);
  });
});
