import { describe, expect, it } from 'vitest';
import { speakerViaQuoteLines } from './statements.helpers.ts';

/** Text written for these tests (session 44). */
describe('"with X saying that …" without a comma: the absolute construction\'s subject speaks', () => {
  it('"The forum opened with Aliyev calling … and saying that …" is Aliyev\'s, not the forum\'s', () => {
    const got = speakerViaQuoteLines(
      'Forum\n\nThe forum opened on Tuesday with Aliyev calling the pipeline "a bridge" and saying that neighbours "must not be punished" for trade.',
    );
    expect(got).toContain('aliyev: neighbours "must not be punished" for trade');
    expect(got.some((s) => s.startsWith('text:forum'))).toBe(false);
  });

  it('"spoke with reporters saying …" keeps the one who spoke', () => {
    const got = speakerViaQuoteLines(
      'Talks\n\nThe mediator spoke with reporters saying that the talks would resume in May.',
    );
    expect(got.some((s) => s.startsWith('text:reporters'))).toBe(false);
  });
});

describe('a subordinator set off by "according to X," opens the clause the source vouches for', () => {
  it('"was detained after, according to Baku, he crossed the line" is Baku\'s from "he crossed"', () => {
    expect(
      speakerViaQuoteLines(
        'Detainee\n\nThe soldier was arrested in May after, according to Baku, he crossed the line near a border village.',
      ),
    ).toEqual(['gov-azerbaijan: he crossed the line near a border village']);
  });
});

describe("a spaced dash after a trailing attribution sets off the writer's gloss", () => {
  it('"…, the ministry said — more than half of the total" says the clause before', () => {
    expect(
      speakerViaQuoteLines(
        "Crossings\n\nBy Friday night, 40,120 people had reached Goris, the Armenian health ministry said — more than half of the valley's residents.",
      ),
    ).toEqual(['moh-armenia: By Friday night, 40,120 people had reached Goris']);
  });
});

describe('an answer turn after "X answered:" is X\'s', () => {
  it('"Asked …, Ionescu answered briefly: | Question: … | Answer: …" gives the answer to Ionescu', () => {
    const got = speakerViaQuoteLines(
      'Summit\n\nPresident Ilham Aliyev attended the summit. Asked by reporters whether Moldova would send monitors, President Dan Ionescu answered briefly:\n\nQuestion: Will Moldova join the mission?\n\nAnswer: Moldova backs every step towards peace in the region. The council will decide on contributions.',
    );
    expect(got).toContain(
      'text:dan-ionescu: Moldova backs every step towards peace in the region. The council will decide on contributions.',
    );
    expect(got.some((s) => s.startsWith('aliyev: Moldova'))).toBe(false);
  });
});

describe("a rank word is no part of who spoke, also before a body's letters (CONVENTIONS 5)", () => {
  it('"A senior OSCE official" is text:osce-official, and "the official" after it too', () => {
    const got = speakerViaQuoteLines(
      'Mission\n\nA senior OSCE official, who asked not to be named, told reporters that the mission was "welcome". "Nobody doubts our motives," the official said.',
    );
    expect(got).toEqual([
      'text:osce-official: the mission was "welcome"',
      'text:osce-official: Nobody doubts our motives,',
    ]);
  });
});

describe('"announced X, calling it “…”": the thing announced is no content, its name is', () => {
  it('the quote the participle gives is the statement, past a label before the subject', () => {
    expect(
      speakerViaQuoteLines(
        'Deal\n\nThe big news: Prime Minister Nikol Pashinyan announced the truce on Telegram before dawn, calling it "a hard choice for all of us."',
      ),
    ).toEqual(['pashinyan: a hard choice for all of us.']);
  });

  it('a clause before the participle is still what was said, and the name given a saying of its own', () => {
    expect(
      speakerViaQuoteLines(
        'Deal\n\nPashinyan said the truce was signed, calling it "a hard choice for all of us."',
      ),
    ).toEqual([
      'pashinyan: the truce was signed, calling it "a hard choice for all of us."',
      'pashinyan: a hard choice for all of us.',
    ]);
  });
});

describe("a section label opening the paragraph is the outlet's, not what was said", () => {
  it('"What\'s next: …, the ministry said" starts at the clause after the label', () => {
    expect(
      speakerViaQuoteLines(
        "Deal\n\nWhat's next: Russian troops began moving along the corridor on Monday, Russia's Defense Ministry said.",
      ),
    ).toEqual(['mod-russia: Russian troops began moving along the corridor on Monday']);
  });

  it('a clause before the colon stays: "The reason is simple: …, the ministry said"', () => {
    expect(
      speakerViaQuoteLines('Road\n\nThe reason is simple: the road is closed, the ministry said.'),
    ).toEqual(['text:ministry: The reason is simple: the road is closed']);
  });
});
