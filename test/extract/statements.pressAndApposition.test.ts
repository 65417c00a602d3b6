import { describe, expect, it } from 'vitest';
import {
  speakersAndQuotes,
  speakersShown,
  speakersViaAndQuotes,
  statementsOf,
} from './statements.helpers.ts';

describe('"According to <source>, X, <aside>, said that …": X said the that-clause, handed on', () => {
  it('a correspondent as the source, the speaker with an aside (agency copy in translation)', () => {
    const text =
      'According to the agency correspondent, Maria Lindqvist, speaking at a briefing on Monday, said ' +
      'that two shells had landed near the school.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:maria-lindqvist',
      'text:agency-correspondent',
      'two shells had landed near the school',
    ]);
  });

  it('an official source keeps its own statement beside the teller’s', () => {
    const text =
      'According to a diplomatic source, Ararat Mirzoyan told his counterparts that the talks were hard.';
    expect(speakersAndQuotes(text).map(([speaker]) => speaker)).toEqual([
      'text:diplomatic-source',
      'mirzoyan',
    ]);
  });
});

describe('"According to <description>, <Name>, …": the name in apposition is who spoke', () => {
  it('a compound title before the holder, content opening with a figure', () => {
    const text =
      'According to the Prosecutor General of Azerbaijan, Kamran Aliyev, 13 civilians were killed in the strike.';
    expect(speakersAndQuotes(text)).toEqual([['kamran-aliyev', '13 civilians were killed in the strike']]);
  });

  it('"one of them" named by a given name alone (feature copy)', () => {
    const text = 'According to one of them, Armine, the shelters are full.';
    expect(speakersAndQuotes(text)).toEqual([['text:armine', 'the shelters are full']]);
  });
});

describe('"…, said <clause>": a clause after the verb is what was said, not an inverted speaker', () => {
  it('a subject with a relative aside, then a that-less clause with its own verb (wire style)', () => {
    const text =
      'A European diplomat in Tbilisi, who asked not to be named, said the size of the convoy showed long planning.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:european-diplomat', 'the size of the convoy showed long planning'],
    ]);
  });
});

describe('"<Subject>, who …, said <clause>": the subject with its relative clause spoke', () => {
  it('a clause whose verb the tagger may read as a participle', () => {
    const text =
      'An aid official in Goris, who asked not to be named, said the length of the queue suggested days of waiting. ' +
      '"Nobody planned for this," the official said.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:aid-official', 'the length of the queue suggested days of waiting'],
      ['text:aid-official', 'Nobody planned for this,'],
    ]);
  });
});

describe('a capital owning a ministry stands for its state', () => {
  it.each([
    ["Moscow's defense ministry", 'mod-russia'],
    ["Baku's foreign ministry", 'mfa-azerbaijan'],
    ["Yerevan's defence ministry", 'mod-armenia'],
  ])('%s → %s', (owner, id) => {
    expect(speakersAndQuotes(`${owner} said nearly 2,000 troops would take part.`)).toEqual([
      [id, 'nearly 2,000 troops would take part'],
    ]);
  });
});

describe('"This was reported by X.": the sentence before is what X said (agency copy in translation)', () => {
  it('an ombudsman named after his role', () => {
    const text =
      'Eleven people have been killed in the shelling of Martakert, including two children. ' +
      'This was informed by the Human Rights Defender of Artsakh Gegham Stepanyan.';
    expect(speakersAndQuotes(text)).toEqual([
      [
        'gegham-stepanyan',
        'Eleven people have been killed in the shelling of Martakert, including two children',
      ],
    ]);
  });

  it('a ministry, with the day it reported after it', () => {
    const text =
      'Units of the army entered the zone of the contingent and set up a post. ' +
      'This was reported by the Ministry of Defence of the Russian Federation on Saturday, 26 March.';
    expect(speakersAndQuotes(text)).toEqual([
      ['mod-russia', 'Units of the army entered the zone of the contingent and set up a post'],
    ]);
  });

  it('a sentence before that quotes someone keeps its own speaker', () => {
    const text = '"The road is closed," a driver said. This was reported by the local police.';
    expect(speakersAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:driver']);
  });
});

describe('a relayed saying with its setting before "that"', () => {
  it('"Miller said Blinken stressed in a call that …": Blinken said the that-clause, via Miller', () => {
    const text = 'Miller said Blinken stressed in a call that escalation must end.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['miller', undefined, 'Blinken stressed in a call that escalation must end'],
      ['blinken', 'miller', 'escalation must end'],
    ]);
  });
});

describe('"As <outlet> was informed by <description>, <Name>, …": the teller spoke', () => {
  it('a press secretary named after her role', () => {
    const text =
      'As "Hetq" was informed by the press secretary of the State Minister, Lusine Avanesyan, a meeting of ' +
      'the Security Council was underway.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:lusine-avanesyan', 'a meeting of the Security Council was underway'],
    ]);
  });
});

describe('"As <outlet> was told at/in <body>, …": told inside a body, the body spoke', () => {
  it('told at a ministry', () => {
    expect(
      speakersAndQuotes(
        'As the agency was told at the Armenian Ministry of Defence, the number of wounded had risen to 40.',
      ),
    ).toEqual([['mod-armenia', 'the number of wounded had risen to 40']]);
  });

  it('informed in a press service', () => {
    expect(
      speakersAndQuotes(
        'As the paper was informed in the press service of the regional council, the road would reopen on Friday.',
      ),
    ).toEqual([['text:regional-council-press-service', 'the road would reopen on Friday']]);
  });

  it('told in a city or in an interview: no source named, no statement', () => {
    expect(speakersAndQuotes('As Reuters was told in Baku, the talks would resume next week.')).toEqual([]);
    expect(
      speakersAndQuotes('As the weekly was told in an interview, the talks would resume next week.'),
    ).toEqual([]);
  });
});

describe('an outlet told, by its name in quotes, with how it was told', () => {
  it('"told “Hetq” by phone that …": the content starts after "that"', () => {
    expect(speakersAndQuotes('Residents told "Hetq" by phone that the city had no power.')).toEqual([
      ['text:residents', 'the city had no power'],
    ]);
  });
});

describe('a relayed principal says only what their own verb reports', () => {
  it('a verb inside a "because" clause has its own subject: no statement of the one named first', () => {
    const text =
      'Spokeswoman Anna Petrosyan said that Pashinyan had signed because the generals had warned him that the front would collapse.';
    expect(statementsOf(text).map((s) => s.via)).toEqual([undefined]);
  });
});

describe('a relayed appraisal that quotes its words is the principal’s statement too', () => {
  it.each([
    [
      'Peskov said on Tuesday that Vladimir Putin regarded the deal as "the basis for a settlement".',
      'putin',
      'the basis for',
    ],
    [
      'Spokeswoman Ani Badalyan said that Ararat Mirzoyan had assessed the text as "an important step."',
      'mirzoyan',
      'an important step',
    ],
  ])('%s', (text, principal, words) => {
    // Its words start inside the marks, past the thing appraised (CONVENTIONS 16).
    const relayed = statementsOf(text).find((s) => s.via);
    expect(relayed?.speaker).toBe(principal);
    expect(relayed?.quote.startsWith(words)).toBe(true);
  });

  it('a body’s appraisal told by its own spokesman stays the spokesman’s', () => {
    const text =
      'Peskov told journalists that Moscow expected "a full inquiry" and considered the matter closed.';
    expect(speakersShown(text)).toEqual(['peskov']);
  });

  it('an appraisal without quoted words relays nothing', () => {
    expect(statementsOf('Peskov said Putin considered the talks useful.').map((s) => s.speaker)).toEqual([
      'peskov',
    ]);
  });
});
