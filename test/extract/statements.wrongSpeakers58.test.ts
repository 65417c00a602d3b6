import { describe, expect, it } from 'vitest';
import { speakerQuoteLines, speakerQuoteLinesInPiece } from './statements.helpers.ts';

describe('a time between an inverted verb and its subject belongs to the saying', () => {
  it.each([
    [
      'Visit\n\n"The families have waited too long," said today the Council of Europe Commissioner for Human Rights, Lena Moretti, in Tbilisi.',
      'text:lena-moretti: The families have waited too long,',
    ],
    [
      'Visit\n\n"The bridge will reopen," said on Friday the regional Governor, Tomas Berg.',
      'text:tomas-berg: The bridge will reopen,',
    ],
    [
      '"The bridge will reopen," said yesterday the Transport Minister, Tomas Berg.',
      'text:tomas-berg: The bridge will reopen,',
    ],
  ])('%s', (text, want) => {
    expect(speakerQuoteLines(text)).toEqual([want]);
  });

  it('a title with no name after it still speaks as the title', () => {
    expect(speakerQuoteLines('Visit\n\n"We will return," said today the Deputy Mayor.')).toEqual([
      'text:deputy-mayor: We will return,',
    ]);
  });
});

describe('a person noun that opens the sentence before a name is the role, also with "of" after the name', () => {
  it('"Economist Lena Moretti of the Baltic Institute" is Lena Moretti', () => {
    expect(
      speakerQuoteLines(
        'Gas\n\nEconomist Lena Moretti of the Baltic Institute believes the risk is small. "It is a small share," she said.',
      ),
    ).toEqual(['text:lena-moretti: the risk is small', 'text:lena-moretti: It is a small share,']);
  });
});

describe('a surname with lower-case particles', () => {
  it('is read whole after title words, and its short form joins the full name', () => {
    expect(
      speakerQuoteLinesInPiece(
        'Gas\n\nAgency Director Greta van den Bosch said the pipeline was "ready for winter".\n\n' +
          '"We have enough," van den Bosch told reporters.',
      ),
    ).toEqual([
      'text:greta-van-den-bosch: the pipeline was "ready for winter"',
      'text:greta-van-den-bosch: We have enough,',
    ]);
  });
});

describe('"calls <proper name> "…"" gives the quoted name as the speaker\'s words', () => {
  it('a country as the object', () => {
    expect(speakerQuoteLines('Gas\n\nLena Moretti calls Norway "a partner we can trust".')).toEqual([
      'text:lena-moretti: a partner we can trust',
    ]);
  });

  it('a day is no object named', () => {
    expect(speakerQuoteLines('Gas\n\nLena Moretti called Monday "to discuss the pipeline".')).toEqual([]);
  });
});

describe('"described X as Y" with no quotation marks is the writer\'s words (CONVENTIONS 10)', () => {
  it('no statement without a quote', () => {
    expect(
      speakerQuoteLines('Talks\n\nThe Georgian side described the release as a gesture of goodwill.'),
    ).toEqual([]);
  });

  it('the quoted name is still said', () => {
    expect(
      speakerQuoteLines('Talks\n\nThe Georgian side described the release as "a gesture of goodwill".'),
    ).toEqual(['text:georgia: a gesture of goodwill']);
  });
});

describe('"believes the world "will …"": a thought whose predicate opens in quotes', () => {
  it('is what the thinker thinks', () => {
    expect(speakerQuoteLines('Aid\n\nLena Moretti believes the world "will wake up too late."')).toEqual([
      'text:lena-moretti: the world "will wake up too late."',
    ]);
  });
});

describe('a rubric line above the headline is no part of a name', () => {
  it('bare "A:" turns are the spokesperson the lead names, not "Rubric Headline-word"', () => {
    const text =
      'World\n\nPakistan hails the truce, says it backs Georgia\n\nLast Updated On 2 March,2024 08:10 pm\n\n' +
      'ISLAMABAD (Kite News) - Pakistan on Monday hailed the truce and said it "backs Georgia fully".\n\n' +
      'Foreign Office spokesperson Sana Qureshi said in a statement that Islamabad hoped for "calm".\n\n' +
      'Later, the spokesperson was asked about aid.\n\nQ: Will Pakistan send aid?\n\nA: We are ready to help if we are asked.';
    // The headline's second verb shares its subject (session 43): Pakistan says it backs Georgia.
    expect(speakerQuoteLinesInPiece(text)).toEqual([
      'text:pakistan: it backs Georgia',
      'text:pakistan: it "backs Georgia fully"',
      'text:sana-qureshi: Islamabad hoped for "calm"',
      'text:sana-qureshi: We are ready to help if we are asked.',
    ]);
  });
});

describe('a capital that says is its government (CONVENTIONS 3)', () => {
  it('"Jerusalem says" is Israel\'s government', () => {
    expect(speakerQuoteLines('Drones\n\nJerusalem says its exports "follow the law."')).toEqual([
      'text:israel: its exports "follow the law."',
    ]);
  });
});

describe("a ministry seated in Stepanakert is Karabakh's authorities (CONVENTIONS 4)", () => {
  it("a state body there is the authorities; another body's office there is that body", () => {
    expect(
      speakerQuoteLines(
        'Front\n\nThe Defense Ministry in Stepanakert said that 40 soldiers had been killed. ' +
          'The ICRC office in Stepanakert said it was ready to help.',
      ),
    ).toEqual(['karabakh-authorities: 40 soldiers had been killed', 'icrc: it was ready to help']);
  });
});

describe('whose sources they are is no part of who they are (CONVENTIONS 5)', () => {
  it.each([
    ["Pullout\n\nThe Courier's sources in the ministry say the pullout will end in June.", 'text:sources'],
    ['Pullout\n\nOur sources in the ministry say the pullout will end in June.', 'text:sources'],
    ["Pullout\n\nThe Courier's military sources say the pullout will end in June.", 'text:military-sources'],
  ])('%s', (text, speaker) => {
    expect(speakerQuoteLines(text)).toEqual([`${speaker}: the pullout will end in June`]);
  });
});

describe('a manner adverb between "answered" and its colon', () => {
  it('"he answered briefly: "…"" is his answer', () => {
    expect(
      speakerQuoteLines(
        'Pullout\n\nAsked whether the reports were true, Tomas Berg answered briefly: "Yes, they are."',
      ),
    ).toEqual(['text:tomas-berg: Yes, they are.']);
  });
});
