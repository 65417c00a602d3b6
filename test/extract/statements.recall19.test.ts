import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a participle of saying after a quoted phrase whose comma sits inside the quote', () => {
  it.each([
    [
      // Wire style: the comma inside the closing quote.
      'Nikol Pashinyan rejected the term "frozen conflict," saying the border talks were moving "step by step."',
      'pashinyan',
      'the border talks were moving "step by step."',
    ],
    [
      // Broadsheet style, curly quotes.
      'Ilham Aliyev dismissed the charge of a “siege,” saying the road had never been closed to civilians.',
      'aliyev',
      'the road had never been closed to civilians',
    ],
  ])('%s', (text, speaker, quote) => {
    expect(speakersAndQuotes(text)).toEqual([[speaker, quote]]);
  });

  it('"saying nothing" after a quote says nothing', () => {
    expect(speakersAndQuotes('Ararat Mirzoyan listened to the "roadmap," saying nothing.')).toEqual([]);
  });
});

describe('"writing" is a second saying that ends the first', () => {
  it('a post on social media: the object of "welcomed" is no part of what was written', () => {
    expect(
      speakersAndQuotes(
        'Ararat Mirzoyan welcomed the decision on Twitter, writing that the monitors would "help keep the peace".',
      ),
    ).toEqual([['mirzoyan', 'the monitors would "help keep the peace"']]);
  });

  it('agency style: a written statement after a verb of saying keeps both sayings', () => {
    expect(
      speakersAndQuotes(
        'Jeyhun Bayramov said the talks had been useful, writing later on X that a new round was planned for May.',
      ),
    ).toEqual([
      ['bayramov', 'the talks had been useful'],
      ['bayramov', 'a new round was planned for May'],
    ]);
  });
});

describe('the thing reacted to is not what was said, when a saying follows', () => {
  it.each([
    [
      'The Armenian Defence Ministry denied the report, saying its positions had not fired first.',
      'its positions had not fired first',
    ],
    [
      'The Azerbaijani Defence Ministry denied targeting the village, saying its units only returned fire.',
      'its units only returned fire',
    ],
    [
      'The separatist authorities confirmed the deal in a statement on Telegram, saying they had no choice.',
      'they had no choice',
    ],
    [
      'The European Union welcomed the agreement, saying that both sides had shown "courage".',
      'both sides had shown "courage"',
    ],
  ])('%s', (text, quote) => {
    expect(speakersAndQuotes(text).map(([, q]) => q)).toEqual([quote]);
  });

  it('a clause denied is no statement; the saying after it is one (CONVENTIONS 10)', () => {
    expect(
      speakersAndQuotes(
        'The ministry denied that its troops had crossed the line, saying the video was old.',
      ).map(([, q]) => q),
    ).toEqual(['the video was old']);
  });

  it('a thing acknowledged, with no clause, is no statement; the saying after it is one (CONVENTIONS 10)', () => {
    expect(
      speakersAndQuotes(
        'Nikol Pashinyan acknowledged the gains of the opposition, saying it had run a strong campaign.',
      ).map(([, q]) => q),
    ).toEqual(['it had run a strong campaign']);
  });
});

describe('a relayed saying with no one told starts after "that"', () => {
  it('"X added that …, according to Y": the words after "that"', () => {
    const text =
      'Marine Sahakyan, a researcher in Yerevan, spoke at the event. She added that at least 900 families had ' +
      'left for Russia, according to the migration service.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('at least 900 families had left for Russia');
    expect(quotes.some((q) => /^She added/.test(q))).toBe(false);
  });
});

describe('a comma inside a number closes no parenthetical attribution', () => {
  it.each([
    [
      'Azerbaijan’s ombudswoman, Sabina Aliyeva, said on Tuesday that some 1,200 people had been moved to shelters.',
      'some 1,200 people had been moved to shelters',
    ],
    [
      'The regional governor, Arsen Mkrtchyan, said in Goris that about 4,300 refugees had registered by noon.',
      'about 4,300 refugees had registered by noon',
    ],
  ])('%s', (text, quote) => {
    expect(statementsOf(text).map((s) => s.quote)).toEqual([quote]);
  });

  it('a real parenthetical with a setting still splits the clause', () => {
    expect(
      statementsOf('The road, Hikmet Hajiyev said on Monday, would reopen within a week.').map((s) => [
        s.quote,
        s.continuation,
      ]),
    ).toEqual([['The road', ['would reopen within a week']]]);
  });
});

describe('"told" a medium with a modifier, put last, is a tail', () => {
  it.each([
    ['The shelling stopped before dawn, villagers told local media by telephone.', 'text:villagers'],
    ['Two houses burned down overnight, residents told state television.', 'text:residents'],
    ['The checkpoint was closed again on Friday, drivers told foreign broadcasters.', 'text:drivers'],
  ])('%s', (text, speaker) => {
    expect(speakersAndQuotes(text)).toEqual([[speaker, text.slice(0, text.indexOf(','))]]);
  });
});

describe('a clause after a semicolon with its own speaker is read alone', () => {
  it('the clause before says nothing: only the second is a statement', () => {
    expect(
      speakersAndQuotes(
        'Karabakh officials put their losses at more than 200; Baku said it had lost 192 soldiers.',
      ),
    ).toEqual([['gov-azerbaijan', 'it had lost 192 soldiers']]);
  });

  it('a broadsheet pair of sayings, one per clause', () => {
    expect(
      speakersAndQuotes(
        'The border post was moved overnight; Armenian officials said the move broke the 2021 agreement.',
      ),
    ).toEqual([['gov-armenia', 'the move broke the 2021 agreement']]);
  });
});

describe('two clauses, each with its own "according to"', () => {
  it('wire style: the first source vouches for the first clause only', () => {
    expect(
      speakersAndQuotes(
        'The war killed about 2,900 Azerbaijani servicemen, according to Baku, and nearly 3,800 Armenian soldiers, according to Yerevan.',
      ),
    ).toEqual([
      ['gov-azerbaijan', 'The war killed about 2,900 Azerbaijani servicemen'],
      ['gov-armenia', 'nearly 3,800 Armenian soldiers'],
    ]);
  });
});

describe('a spaced dash after a source ends it', () => {
  it('Canadian broadsheet style: the writer’s comparison after the dash is no part of the source', () => {
    expect(
      speakersAndQuotes(
        'By Tuesday night, 28,120 people had crossed the border, according to the Armenian government - almost a quarter of the region’s population.',
      ),
    ).toEqual([['gov-armenia', 'By Tuesday night, 28,120 people had crossed the border']]);
  });

  it('a dash that closes an aside is no tail: nothing is credited to the aside’s source', () => {
    expect(
      speakersAndQuotes(
        'Most residents - 61 percent, according to a survey by the institute - oppose the plan.',
      ),
    ).toEqual([]);
  });
});
