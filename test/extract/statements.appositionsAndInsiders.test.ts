import { describe, expect, it } from 'vitest';
import { extractFrom, speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('someone inside a body is not the body', () => {
  it('"a source in the ministry" is a source, and "the source" is that source', () => {
    expect(
      speakersAndQuotes(
        'A source in the Georgian Interior Ministry told Interfax that the convoy had been turning back. ' +
          '"Nobody told them," the source said.',
      ),
    ).toEqual([
      ['text:source', 'the convoy had been turning back'],
      ['text:source', 'Nobody told them,'],
    ]);
  });

  it('"an official close to" a cabinet is an official, filed under the head noun', () => {
    expect(
      speakersAndQuotes(
        'A senior official close to the Moldovan cabinet said the talks had stalled. The official said no date was set.',
      ),
    ).toEqual([
      ['text:official', 'the talks had stalled'],
      ['text:official', 'no date was set'],
    ]);
  });

  it('"the source" the text never introduced is a vague source, no other body', () => {
    expect(speakersAndQuotes('The Georgian side denied it. "Nobody told them," the source said.')).toEqual([
      ['text:source', 'Nobody told them,'],
    ]);
  });
});

describe('a government set apart by a word the text gave no other government', () => {
  it('"the respondent Government" is not the Armenian Government named before', () => {
    const seen = speakersAndQuotes(
      'The Armenian Government asked for a hearing. According to the respondent Government, the road remained open.',
    );
    expect(seen).toEqual([['text:respondent-government', 'the road remained open']]);
  });

  it('"submitted that" is a saying in legal copy; "submitted their observations" is not', () => {
    expect(
      speakersAndQuotes(
        'The applicant Government submitted that the border had been closed since May. ' +
          'The other side submitted their observations on Friday.',
      ),
    ).toEqual([['text:applicant-government', 'the border had been closed since May']]);
  });
});

describe('a name in apposition to a role speaks', () => {
  it('"Moldova\'s ombudswoman, Maria Popescu, said", then "She said about 300 …"', () => {
    expect(
      speakersAndQuotes(
        "Moldova's human rights ombudswoman, Maria Popescu, said four people had been hurt. " +
          'She said about 300 people had fled.',
      ),
    ).toEqual([
      ['text:maria-popescu', 'four people had been hurt'],
      ['text:maria-popescu', 'about 300 people had fled'],
    ]);
  });

  it('after the content, the description before the name is no part of what was said', () => {
    expect(
      speakersAndQuotes(
        "The talks resumed at noon, Georgia's Security Council secretary, Giorgi Kvirikashvili, announced.",
      ),
    ).toEqual([['text:giorgi-kvirikashvili', 'The talks resumed at noon']]);
  });

  it('with a quoted fragment after a late attribution, the saying leaves the description out', () => {
    const text =
      "A truce took effect at noon, Georgia's Security Council secretary, Giorgi Kvirikashvili, " +
      'announced late on Monday, "with the help of mediators."';
    const [s] = extractFrom(text);
    expect(s!.speaker.id).toBe('text:giorgi-kvirikashvili');
    expect([s!.quote, ...(s!.continuation ?? [])].map((c) => text.slice(c.start, c.end))).toEqual([
      'A truce took effect at noon',
      '"with the help of mediators."',
    ]);
  });

  it('"According to X, an aide to Y, …": the appositive describes the source', () => {
    expect(
      speakersAndQuotes(
        'According to Ana Lomidze, an aide to the prime minister, the guards mistook the bus for a truck.',
      ),
    ).toEqual([['text:ana-lomidze', 'the guards mistook the bus for a truck']]);
    expect(speakersAndQuotes('According to Lomidze, the attack, which began at dawn, killed five.')).toEqual([
      ['text:lomidze', 'the attack, which began at dawn, killed five'],
    ]);
  });
});

describe('content boundaries after an attribution', () => {
  it('"told senators on Tuesday": the audience and the time are no content', () => {
    expect(
      speakersAndQuotes(
        'Rome will not accept the new border, Foreign Minister Anna Bianchi told senators on Tuesday.',
      ),
    ).toEqual([['text:anna-bianchi', 'Rome will not accept the new border']]);
  });

  it('"…, the ministry said in a statement, among them …": the clause before is what was said', () => {
    expect(
      speakersAndQuotes(
        'All four crew members were killed, the ministry said in a statement, among them a colonel who led the unit.',
      ),
    ).toEqual([['text:ministry', 'All four crew members were killed']]);
  });
});

describe('more content boundaries', () => {
  it('a tail that opens with a clause of time may run long: the clause before is what was said', () => {
    expect(
      speakersAndQuotes(
        'Georgian forces shelled the town on Monday, killing at least 9 civilians, Human Rights Watch ' +
          'said today after its Crisis Evidence Lab verified videos of the attack.',
      ),
    ).toEqual([
      ['text:human-rights-watch', 'Georgian forces shelled the town on Monday, killing at least 9 civilians'],
    ]);
  });

  it('a few quoted words inside a clause of its own leave the whole clause as what was said', () => {
    expect(
      speakersAndQuotes('The siege is a prelude to "mass expulsion," the Georgian government said.'),
    ).toEqual([['text:georgia', 'The siege is a prelude to "mass expulsion,"']]);
    // A call reports no words, but the words it quotes are the speaker's own (CONVENTIONS 10).
    expect(speakersAndQuotes('Blinken urged Armenia and Azerbaijan to "end the violence."')).toEqual([
      ['blinken', 'end the violence.'],
    ]);
  });

  it('a relay of "told X in a call that …": the department from the name, the principal the that-clause', () => {
    expect(
      statementsOf(
        'Secretary of State Antony Blinken told President Ilham Aliyev in a phone call that the talks ' +
          'must go on, the State Department said.',
      ),
    ).toEqual([
      {
        speaker: 'us-state-department',
        kind: 'reported',
        quote:
          'Secretary of State Antony Blinken told President Ilham Aliyev in a phone call that the talks must go on',
      },
      { speaker: 'blinken', via: 'us-state-department', kind: 'reported', quote: 'the talks must go on' },
    ]);
  });

  it('an interview turn opened by a dash after its label: the dash is no part of the answer', () => {
    const text =
      'Correspondent of Rustavi 2: - What comes next?\n\nPresident Ilham Aliyev: - The work goes on. We will rebuild.';
    expect(speakersAndQuotes(text)).toEqual([['aliyev', 'The work goes on. We will rebuild.']]);
  });

  it('"Some European politicians" is filed under its description without the quantifier', () => {
    expect(speakersAndQuotes('Some European politicians say the vote was not fair.')).toEqual([
      ['text:european-politicians', 'the vote was not fair'],
    ]);
  });
});

describe('the Karabakh Armenian authorities, as wire copy describes them', () => {
  it('"the ethnic Armenian authorities in the region" and "Karabakh Armenian officials"', () => {
    expect(
      speakersAndQuotes(
        'At least 12 people were wounded, according to the ethnic Armenian authorities in the region.',
      ),
    ).toEqual([['karabakh-authorities', 'At least 12 people were wounded']]);
    expect(
      speakersAndQuotes('Karabakh Armenian officials told reporters that no guarantees had been given.'),
    ).toEqual([['karabakh-authorities', 'no guarantees had been given']]);
  });
});

describe('the parties to an inter-state case', () => {
  it('"the applicant Government" and "the respondent Government" are the states the case title names', () => {
    const text =
      'In the inter-State case of Azerbaijan v. Armenia (application no. 1/21), the Court decided today.\n\n' +
      'The applicant Government submitted that the border had been mined. They further alleged that the ' +
      'mines had killed civilians.\n\n' +
      'According to the respondent Government, the maps had been handed over.';
    expect(speakersAndQuotes(text)).toEqual([
      ['gov-azerbaijan', 'the border had been mined'],
      ['gov-azerbaijan', 'the mines had killed civilians'],
      ['gov-armenia', 'the maps had been handed over'],
    ]);
  });
});

describe('a call for a thing reports no words', () => {
  it('"called for restraint", "demanded his resignation" are no statements; the words a call quotes are (CONVENTIONS 10)', () => {
    expect(speakersAndQuotes('Russia and the US have called for restraint.')).toEqual([]);
    expect(speakersAndQuotes('Protesters in Tbilisi have demanded his resignation.')).toEqual([]);
    expect(speakersAndQuotes('Borrell called for the rights of Georgians to be protected.')).toEqual([]);
    expect(speakersAndQuotes('Borrell called for an "immediate end to hostilities."')).toEqual([
      ['borrell', 'immediate end to hostilities.'],
    ]);
  });
});

describe('the name a speaker gave, in quotes: "what it called “…”"', () => {
  it('"it" is the clause subject, "he" the named subject set off by commas', () => {
    expect(
      speakersAndQuotes('On 2 March, Georgia launched what it called "a police operation" in the gorge.'),
    ).toEqual([['text:georgia', 'a police operation']]);
    expect(
      speakersAndQuotes(
        'In Tbilisi, the foreign ministry spokesman, Giorgi Lomidze, dismissed what he called "baseless claims."',
      ),
    ).toEqual([['text:giorgi-lomidze', 'baseless claims.']]);
  });

  it('a writer\'s recap ("Recall that …") reports no new saying', () => {
    expect(
      speakersAndQuotes(
        'Recall that on 2 March, Azerbaijan launched what it called "local measures" in the region.',
      ),
    ).toEqual([]);
  });
});

describe('who "one of them" is', () => {
  it('"One of them, a baker whose daughter was hurt, said": the description is the speaker', () => {
    expect(
      speakersAndQuotes(
        'Researchers spoke to four residents. One of them, a baker whose daughter was hurt, said he heard "blasts".',
      ),
    ).toEqual([['text:baker', 'he heard "blasts"']]);
  });
});

describe('a relayed saying whose principal is named by role', () => {
  it('"According to the Elysée, the French president assured him that …"', () => {
    expect(
      statementsOf(
        'Emmanuel Macron spoke with Nikol Pashinyan on Wednesday. According to the Elysée, the French ' +
          'president assured him that France would raise the issue at the UN.',
      ),
    ).toEqual([
      {
        speaker: 'french-presidency',
        kind: 'reported',
        quote: 'the French president assured him that France would raise the issue at the UN',
      },
      {
        speaker: 'macron',
        via: 'french-presidency',
        kind: 'reported',
        quote: 'France would raise the issue at the UN',
      },
    ]);
  });
});

describe('a saying coordinated inside what a spokesperson relays', () => {
  it('"told journalists that Aliyev had called … and had promised that …": the promise is Aliyev\'s', () => {
    expect(
      statementsOf(
        'Kremlin spokesman Dmitry Peskov told journalists that Aliyev had phoned Putin to apologise and had ' +
          'promised that the culprits would be tried.',
      ),
    ).toEqual([
      // The pluperfect clause after "and" is still what Peskov relays (session 48, roles48): his words
      // run through it, and the promise inside them is also Aliyev's.
      {
        speaker: 'peskov',
        kind: 'reported',
        quote: 'Aliyev had phoned Putin to apologise and had promised that the culprits would be tried',
      },
      { speaker: 'aliyev', via: 'peskov', kind: 'reported', quote: 'the culprits would be tried' },
    ]);
  });

  it("a leader who mentions another's saying stays the speaker", () => {
    expect(
      speakersAndQuotes(
        'Pashinyan told reporters that Aliyev had refused to meet and had said that no talks were possible.',
      ),
    ).toEqual([['pashinyan', 'Aliyev had refused to meet and had said that no talks were possible']]);
  });
});

describe('quoted words that name something inside what was said', () => {
  it('a quoted name opening a clause that goes on with its own verb leaves the clause reported', () => {
    expect(
      speakersAndQuotes(
        'On Monday, the Georgian government said that the "welcome centres" it had set up were open.',
      ),
    ).toEqual([['text:georgia', 'the "welcome centres" it had set up were open']]);
    expect(
      speakersAndQuotes(
        'Blinken said an "immediate end to hostilities" was now the only way to save the talks.',
      ),
    ).toEqual([['blinken', 'an "immediate end to hostilities" was now the only way to save the talks']]);
    expect(
      speakersAndQuotes(
        'Blinken called for an "immediate end to hostilities" and any escalation in the region.',
      ),
    ).toEqual([['blinken', 'immediate end to hostilities']]);
  });

  it('who leads or backs a body is no part of its name', () => {
    expect(
      speakersAndQuotes(
        'The Russian-led Collective Security Treaty Organization (CSTO) said it would send a mission to the border.',
      ),
    ).toEqual([['text:collective-security-treaty-organization', 'it would send a mission to the border']]);
  });
});

describe('the writer goes on about the speaker', () => {
  it('"X has said about 20 people …, but he refuses to …": the turn in the present is the writer\'s', () => {
    expect(
      speakersAndQuotes(
        'Mayor Ann Lee has said about 20 people have asked for the post, but she refuses to name any of them.',
      ),
    ).toEqual([['text:ann-lee', 'about 20 people have asked for the post']]);
  });
});
