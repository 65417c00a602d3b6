import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { speakersAndOpenings, speakersShown } from './statements.helpers.ts';

describe('unnamed speakers filed by what they are, with who employs them (CONVENTIONS 5)', () => {
  it.each([
    [
      'Tokyo is weighing a second aid package, a Japanese government source said.',
      'text:japanese-government-source',
    ],
    ['A government official said on Monday the convoy had been delayed.', 'text:government-official'],
    ['An administration official said the sanctions would stay in place.', 'text:administration-official'],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });

  it('"people familiar with the matter" keep what they know: "people" alone names no one', () => {
    expect(
      speakersShown('The president will skip the summit, people familiar with the matter said on Thursday.'),
    ).toEqual(['text:people-familiar-with-the-matter']);
    expect(
      speakersShown('The talks stalled over the border, two people familiar with the talks said.'),
    ).toEqual(['text:people-familiar-with-the-talks']);
  });

  it('prosecutors in a city are prosecutors, filed without the city', () => {
    expect(speakersAndOpenings('A civilian was wounded in the town, prosecutors in Baku said.', 30)).toEqual([
      ['text:prosecutors', 'A civilian was wounded in the '],
    ]);
  });

  it('"sources in the president’s office" are sources, never the president', () => {
    const text =
      'Azerbaijani President Ilham Aliyev will not travel to Spain. He objected to the format of the talks, ' +
      'the state news agency reported, citing sources in the president’s office.';
    expect(speakersShown(text)).not.toContain('aliyev');
    expect(
      speakersShown(
        'The leader will not attend the summit, sources in the president’s office said on Monday.',
      ),
    ).toEqual(['text:sources']);
  });
});

describe('a body named by the capital it sits in', () => {
  it.each([
    [
      'The armed units are to disband, the presidential administration in Baku said.',
      'azerbaijani-presidential-administration',
    ],
    ['The talks would resume next week, the foreign ministry in Yerevan said on Monday.', 'mfa-armenia'],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });

  it('a body the gazetteer does not know in that capital keeps its words', () => {
    expect(speakersShown('Fuel deliveries will resume, the energy committee in Goris said.')).not.toContain(
      'gov-armenia',
    );
  });
});

describe('a title naming the body, then the person', () => {
  it.each([
    [
      'Member of the Milli Majlis Rasim Musabayov noted that parliament would discuss the bill next week.',
      'text:rasim-musabayov',
    ],
    [
      'Chairman of the Central Electoral Commission Tigran Mukuchyan said that the vote had been fair.',
      'text:tigran-mukuchyan',
    ],
    [
      'Chairman of the State Committee for Refugees Rovshan Rzayev said that 300 families had returned.',
      'text:rovshan-rzayev',
    ],
    [
      'The head of the International Committee of the Red Cross Robert Mardini said that the crossing was open.',
      'text:robert-mardini',
    ],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });

  it('a body’s full name with no person after it names no person', () => {
    expect(
      speakersShown('A spokesman for the United Nations Children’s Fund said that the children were safe.'),
    ).not.toContain('text:children-s-fund');
  });
});

describe('bodies listed together as the speakers of a joint statement', () => {
  it('a list after what was said: each body says it, none of it is what was said', () => {
    expect(
      speakersAndOpenings(
        'The man was taken to hospital, the Prosecutor General’s Office, the Interior Ministry and ANAMA said in a joint statement.',
        30,
      ),
    ).toEqual([
      ['text:office-of-the-prosecutor-general', 'The man was taken to hospital'],
      ['text:interior-ministry', 'The man was taken to hospital'],
      ['anama', 'The man was taken to hospital'],
    ]);
  });

  it('a list before the verb: each body says it', () => {
    expect(
      speakersShown(
        'The Foreign Ministry, the Defence Ministry and the State Border Service said in a joint statement that the checkpoint would stay open.',
      ),
    ).toHaveLength(3);
  });

  it('a clause before the list is still what was said, not a speaker', () => {
    expect(
      speakersAndOpenings(
        'Talks will resume in Brussels, the European Union and the OSCE said on Friday.',
        30,
      ).map(([s]) => s),
    ).not.toContain('text:brussels');
  });
});

describe('what was said before a trailing attribution with a long setting', () => {
  it('"…, X said at a closed-door session of the National Assembly on September 15"', () => {
    expect(
      speakersAndOpenings(
        'The toll has reached 135, Defense Minister Suren Papikyan said at a closed-door session of the National Assembly on September 15.',
        30,
      ),
    ).toEqual([['papikyan', 'The toll has reached 135']]);
  });

  it('"…, the spokesman said at a news briefing in the capital on Thursday afternoon"', () => {
    expect(
      speakersAndOpenings(
        'The crossing will reopen next week, the spokesman said at a news briefing in the capital on Thursday afternoon.',
        30,
      ).map(([, q]) => q),
    ).toEqual(['The crossing will reopen next ']);
  });
});

describe('sayings of agency copy', () => {
  it('"informed the deputies that" reports a saying; whom is no part of it', () => {
    expect(
      speakersAndOpenings('Papikyan informed the deputies that 293 servicemen had been wounded.', 30),
    ).toEqual([['papikyan', '293 servicemen had been wounde']]);
  });

  it('"…, the ombudsman’s office clarified"', () => {
    expect(
      speakersAndOpenings(
        'Two civilians were killed and three wounded, the ombudsman’s office clarified.',
        30,
      ).map(([, q]) => q),
    ).toEqual(['Two civilians were killed and ']);
  });
});

describe('"what it called" inside a clause of time', () => {
  it('the clause’s subject speaks, not "a day after" it', () => {
    expect(
      speakersAndOpenings(
        'The leadership agreed to a ceasefire, a day after Azerbaijan launched what it called "local anti-terrorist measures".',
        30,
      ),
    ).toEqual([['gov-azerbaijan', 'local anti-terrorist measures']]);
  });

  it.each(['The markets fell hours before Russia began what it called "a special military operation".'])(
    '"hours before" opens such a clause too: %s',
    (text) => {
      expect(speakersShown(text)).toEqual(['gov-russia']);
    },
  );
});

describe('a dateline set close to the body, as one broadsheet writes it', () => {
  it('"GRANADA, Spain—" is no part of what was said', () => {
    expect(
      speakersAndOpenings('GRANADA, Spain—The president pulled out of the meeting, officials said.', 30).map(
        ([, q]) => q,
      ),
    ).toEqual(['The president pulled out of th']);
  });
});

describe('a body without its country points back, never forward', () => {
  /** Each statement's speaker id after the document's speakers are made one (entities/identity.ts). */
  const inCorpus = (text: string) => {
    const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
    if (!isDocument(doc)) throw new Error('not a document');
    const { statements } = extractCorpus([doc], new Date('2026-11-23T00:00:00Z')).byDoc.get(doc.id)!;
    return statements.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end).slice(0, 20)]);
  };

  it('"the Ministry of Defense" named before another country’s ministry is not that ministry', () => {
    const text =
      'Papikyan briefs deputies\n\n' +
      'The toll has reached 135, Defense Minister Suren Papikyan said on Thursday.\n\n' +
      'Earlier, the Ministry of Defense reported that the border remained calm.\n\n' +
      'The Azerbaijani Defense Ministry said that 71 of its servicemen had been killed.';
    expect(inCorpus(text)).not.toContainEqual(['mod-azerbaijan', 'the border remained ']);
  });

  it('"the defence ministry" after Azerbaijan’s is Azerbaijan’s', () => {
    const text =
      'Shelling reported on the border\n\n' +
      'Azerbaijan’s Defence Ministry said that its positions had come under fire on Monday.\n\n' +
      'Two soldiers were wounded, the defence ministry said later.';
    expect(inCorpus(text).map(([id]) => id)).toEqual(['mod-azerbaijan', 'mod-azerbaijan']);
  });
});

describe('an honorific and a surname after the full name', () => {
  it('"Mr. Michel" after "European Council President Charles Michel" is Charles Michel, and so is "he"', () => {
    const text =
      'Pashinyan met European Council President Charles Michel on the sidelines of the summit.\n\n' +
      'Mr. Michel, who has hosted several rounds of talks in Brussels, struck a cautious note. ' +
      'The process was not over, he said.';
    expect(speakersShown(text)).toEqual(['michel']);
  });

  it('"Mrs." is never a man written out before', () => {
    const text =
      'Former president Heydar Aliyev founded the party.\n\n' +
      'Mrs. Aliyev, who chairs the foundation, opened the exhibition. The museum would stay open, she said.';
    expect(speakersShown(text)).not.toContain('heydar-aliyev');
  });
});

describe('people counted back: "the four leaders", "the two ministers"', () => {
  it('the four people the paragraph names each say the joint statement', () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron, German Chancellor ' +
      'Olaf Scholz and European Council President Charles Michel in Granada. The four leaders said in a ' +
      'joint statement that they supported the territorial integrity of both countries.';
    expect(speakersShown(text)).toEqual(['pashinyan', 'macron', 'scholz', 'michel']);
  });

  it('the paragraph before, when the count opens its own paragraph', () => {
    const text =
      'Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov in Almaty on Friday.\n\n' +
      'The two ministers said in a joint statement that the talks had been useful.';
    expect(speakersShown(text)).toEqual(['mirzoyan', 'bayramov']);
  });

  it('a count that does not fit the people named names no one of them', () => {
    const text =
      'President Ilham Aliyev met Russian President Vladimir Putin in Sochi on Friday. ' +
      'The three leaders said that the talks had been constructive.';
    expect(speakersShown(text)).not.toContain('aliyev');
  });
});
