import { describe, expect, it } from 'vitest';
import { extractFrom, idsAndWords, speakersShown } from './statements.helpers.ts';

describe('"the official" points back to the unnamed official the text introduced, never to a body', () => {
  it.each([
    [
      'A senior State Department official, who briefed reporters on condition of anonymity, said the talks had stalled. ' +
        '"Nobody in Washington expects a breakthrough," the official said.',
      'text:state-department-official',
    ],
    [
      'A Western diplomat in Baku said the convoy had been held at the border for a week. ' +
        '"It is a test of nerves," the diplomat added.',
      'text:western-diplomat',
    ],
    [
      'An EU spokesperson said the mission would stay until the spring. The Kremlin declined to comment. ' +
        '"We will not leave early," the spokesperson told reporters.',
      'text:eu-spokesperson',
    ],
  ])('%s', (text, id) => {
    const found = idsAndWords(text);
    expect(found.at(-1)?.id).toBe(id);
  });
});

describe('figures and reports speak for whoever the text says made them', () => {
  it.each([
    [
      'The International Committee of the Red Cross has worked in the region since 1992. ' +
        'Since January it has evacuated 700 patients, according to the organization’s figures.',
      'icrc',
      'Since January it has evacuated 700 patients',
    ],
    [
      'Many of those who fled still live in shelters, according to a report released today by Amnesty International.',
      'text:amnesty-international',
      'Many of those who fled still live in shelters',
    ],
    [
      'According to a report published last month by Human Rights Watch, most of the strikes hit homes.',
      'text:human-rights-watch',
      'most of the strikes hit homes',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    // No organisation named before: "the organization" is no one we know.
    'Since January some 700 patients were evacuated, according to the organization’s figures.',
    // Numbers with no owner named are no speaker.
    'Some 700 patients were evacuated, according to the latest figures.',
  ])('no speaker when unsure whose numbers: %s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('a text put out by its author says, through its participle, what the author says', () => {
  it.each([
    [
      'The ministry issued a statement saying that the border would stay closed.',
      'text:ministry',
      'the border would stay closed',
    ],
    [
      'On Monday, the lawyer Anna Petrosyan published an expert opinion arguing that the closure amounts to collective punishment.',
      'text:anna-petrosyan',
      'the closure amounts to collective punishment',
    ],
    [
      'Human Rights Watch released a report on Tuesday concluding that the strikes were indiscriminate.',
      'text:human-rights-watch',
      'the strikes were indiscriminate',
    ],
    [
      'Amnesty International published a 40-page report last week finding that detainees had been beaten.',
      'text:amnesty-international',
      'detainees had been beaten',
    ],
    [
      'The town council released a statement Wednesday saying the road would reopen.',
      'text:town-council',
      'the road would reopen',
    ],
    [
      'The senator put out a statement on Friday warning that the aid would be cut.',
      'text:senator',
      'the aid would be cut',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    'The ministry published a map showing the new border crossings.',
    'The agency released a video of the convoy arriving in Goris.',
  ])('a text that shows or holds something says nothing: %s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('an attribution between commas, with a setting or its hearers, splits what was said', () => {
  const pieces = (text: string) =>
    extractFrom(text).map((s) => ({
      id: s.speaker.id,
      said: [s.quote, ...(s.continuation ?? [])].map((c) => text.slice(c.start, c.end)),
    }));
  it.each([
    [
      'The new budget, the minister said on Friday, will cut fuel subsidies.',
      ['The new budget', 'will cut fuel subsidies'],
    ],
    [
      'The deal, the ambassador told reporters in Baku, remains the only way out.',
      ['The deal', 'remains the only way out'],
    ],
    [
      'Most of the shelters, the mayor said last week, were already full.',
      ['Most of the shelters', 'were already full'],
    ],
  ])('%s', (text, said) => {
    expect(pieces(text).map((p) => p.said)).toEqual([said]);
  });

  it('"said at least …" opens what was said, not a setting', () => {
    const text =
      'The region’s ombudsman, Gegham Stepanyan, said at least 27 people had been killed, two of them civilians.';
    expect(idsAndWords(text)).toEqual([
      { id: 'gegham-stepanyan', said: 'at least 27 people had been killed, two of them civilians' },
    ]);
  });

  it('the saying runs from the opening, the quote in it: "The offer, he told …, remains “on the table.”"', () => {
    const text =
      'Hikmet Hajiyev has argued that Armenians can get supplies through Aghdam. ' +
      'The offer, he told a group of Western journalists in July, remains “on the table.”';
    const last = extractFrom(text).at(-1)!;
    expect(last.speaker.id).toBe('hajiyev');
    expect([last.quote, ...(last.continuation ?? [])].map((c) => text.slice(c.start, c.end))).toEqual([
      'The offer',
      'remains “on the table.”',
    ]);
  });
});

describe('an accusation and the one who denies it say nothing', () => {
  it.each([
    'Baku accuses Yerevan of withholding maps of minefields, a charge Armenia denies.',
    'The drone was shot down over the lake, a claim the ministry rejects.',
  ])('%s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('two authors who say one thing together each say it, never one alone', () => {
  const ids = (text: string) => speakersShown(text);
  it.each([
    [
      'Aliyev and Georgian Prime Minister Irakli Garibashvili said in a joint statement that the pipeline would be extended.',
      ['aliyev', 'text:irakli-garibashvili'],
    ],
    [
      'On December 7 the Administration of the President of Azerbaijan and the Office of the Prime Minister of Armenia announced that prisoners would be exchanged.',
      ['azerbaijani-presidential-administration', 'armenian-government-press-service'],
    ],
    [
      'As you know, on May 2 Pashinyan and Lithuanian President Gitanas Nauseda said the talks had been useful.',
      ['pashinyan', 'text:gitanas-nauseda'],
    ],
  ])('%s', (text, speakers) => {
    expect(ids(text)).toEqual(speakers);
  });

  it.each([
    // "and" inside one body's name, or inside an "of" complement, joins no speakers.
    [
      'The State Committee for Refugees and IDPs said more families had registered.',
      ['text:state-committee-for-refugees-and-idps'],
    ],
    [
      // Each state's holder of the office, as for "the Armenian and Azerbaijani foreign ministers".
      'The foreign ministers of Armenia and Azerbaijan said they had agreed on a text.',
      ['mirzoyan', 'bayramov'],
    ],
  ])('%s', (text, speakers) => {
    expect(ids(text)).toEqual(speakers);
  });
});

describe('what was said starts after a dateline or a bullet, and a tail may tell the occasion', () => {
  it.each([
    [
      'WASHINGTON — The United States will send $5 million in aid to the refugees, the administrator announced Tuesday.',
      'text:administrator',
      'The United States will send $5 million in aid to the refugees',
    ],
    [
      'Key findings\n\n- According to figures from the Armenian government, 101,000 people arrived in one week.\n',
      'gov-armenia',
      '101,000 people arrived in one week',
    ],
    [
      'The bridge will reopen next month, Deputy Minister Anna Gyulnazaryan announced Friday during a visit to the border town of Goris.',
      'text:anna-gyulnazaryan',
      'The bridge will reopen next month',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });
});

describe('a page or channel with its name in quotes speaks by that name', () => {
  it.each([
    ['The Telegram channel “Frontline Notes” said the bridge had been hit.', 'text:frontline-notes'],
    ['The Facebook page "Karabakh Today" wrote that the road was open.', 'text:karabakh-today'],
    // A fact-check's claim: the page did something, then wrote the claim.
    [
      'On 2 May, the Facebook page "Karabakh Today" posted a photo of a convoy and wrote: "The road is open."',
      'text:karabakh-today',
    ],
  ])('%s', (text, id) => {
    expect(idsAndWords(text).map((s) => s.id)).toEqual([id]);
  });
});

describe('agency copy: "informs that" reports a saying', () => {
  it.each([
    [
      'The Ministry of Defense of Armenia informs that the situation on the border remained tense.',
      'mod-armenia',
      'the situation on the border remained tense',
    ],
    [
      'The Human Rights Defender of Armenia Anna Sahakyan informs that two civilians were among the wounded.',
      'text:anna-sahakyan',
      'two civilians were among the wounded',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it('someone informed of something says nothing', () => {
    expect(idsAndWords('The residents were informed that the road would close.')).toEqual([]);
  });
});

describe('"according to" a description and the name it holds, after the words', () => {
  it.each([
    [
      'At least 32 people were killed in the fighting, according to the region’s human rights ombudsman, Gegham Stepanyan.',
      'gegham-stepanyan',
      'At least 32 people were killed in the fighting',
    ],
    [
      'The road was closed for a week, according to the district governor, Anna Petrosyan.',
      'text:anna-petrosyan',
      'The road was closed for a week',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });
});

describe('a request not to be named is no statement', () => {
  it.each([
    'She asked me not to use her name for fear of reprisals against her family.',
    'The doctor asked reporters not to publish his name.',
  ])('%s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });

  it('the saying beside it stays', () => {
    expect(idsAndWords('A resident, who asked not to be named, said the shelling had stopped.')).toEqual([
      { id: 'text:resident', said: 'the shelling had stopped' },
    ]);
  });
});

describe('the name a speaker gives a thing, in quotes, is their words', () => {
  it.each([
    [
      'Hikmet Hajiyev, an adviser to the president, called the mines "a hidden continuation of the war".',
      'hajiyev',
      'a hidden continuation of the war',
    ],
    ['The ministry branded the report “a political order.”', 'text:ministry', 'a political order.'],
    ['Senator Ann Carver called it “the least bad option.”', 'text:ann-carver', 'the least bad option.'],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    'He called the meeting "to discuss the border" on Friday.',
    'The opposition called him on Friday.',
    'The ministry called on the parties to show "restraint" in the days ahead and to return to talks.',
  ])('a call that names nothing in quotes: %s', (text) => {
    expect(idsAndWords(text).filter((s) => s.said === 'to discuss the border')).toEqual([]);
  });
});

describe('a text its owner put out, named with what it is of, speaks for its owner', () => {
  it('"According to the State Department’s readout of a call with …": the department, and the principal it relays', () => {
    const text =
      'According to the State Department’s readout of a call with President Ilham Aliyev on Aug. 2, ' +
      'Blinken "underscored the urgent need" to restore traffic on the road.';
    expect(extractFrom(text).map((s) => ({ id: s.speaker.id, via: s.via?.id }))).toEqual([
      { id: 'us-state-department', via: undefined },
      { id: 'blinken', via: 'us-state-department' },
    ]);
  });
});
