import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, statementsOf, timelineFor } from './statements.helpers.ts';

describe('a parenthetical attribution after a colon: the words before the colon frame what was said', () => {
  it.each([
    [
      'Anna Petrosyan was blunt. The message was clear: the plan, she said, was dead on arrival.',
      'the plan',
      'was dead on arrival',
    ],
    [
      'Tigran Grigoryan, an analyst in Yerevan, disagreed. His verdict: the talks, he said, would stall by summer.',
      'the talks',
      'would stall by summer',
    ],
  ])('%s', (text, lead, rest) => {
    const [s] = statementsOf(text);
    expect(s?.quote).toBe(lead);
    expect(s?.continuation).toEqual([rest]);
  });

  it('a clock is no framing colon', () => {
    const text = 'Anna Petrosyan spoke on the radio. At 10:30 the road, she said, was open again.';
    expect(statementsOf(text)[0]?.quote).not.toBe('30 the road');
  });
});

describe('an unnamed speaker is filed under what the text says it is, with its nationality and employer but not its rank or age', () => {
  it.each([
    [
      'A Japanese Foreign Ministry official told reporters that Tokyo would send deminers.',
      'text:japanese-foreign-ministry-official',
    ],
    ['"We ran out of blood," a surgeon at the regional hospital in Goris told the paper.', 'text:surgeon'],
    [
      'Some 900 people an hour were crossing, according to Armenian border officials.',
      'text:armenian-border-officials',
    ],
    [
      'A senior State Department official said the talks would resume in Vienna.',
      'text:state-department-official',
    ],
    ['"She has not slept for a week," a 38-year-old mother from Martuni said.', 'text:mother'],
    ['An Armenian diplomatic source said the draft was nearly ready.', 'text:armenian-diplomatic-source'],
    ['A 45-year-old engineer from Goris said the road had been closed since dawn.', 'text:engineer'],
  ])('%s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker).toBe(speaker);
  });

  it.each([
    ['A Western diplomat said the offer was serious.', 'text:western-diplomat'],
    ['Turkish officials said Ankara wanted a role in the monitoring centre.', 'text:turkish-officials'],
    ['Local officials said the shelter was full.', 'text:local-officials'],
    ['Health officials in Yerevan said 40 patients had been flown in.', 'text:health-officials'],
  ])('a nationality alone, or plain words, stay: %s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker).toBe(speaker);
  });

  it('whose spokesman it is stays in the name', () => {
    const text = 'Secretary-General Antonio Guterres called for restraint, his spokesman said on Monday.';
    expect(statementsOf(text)[0]?.speaker).not.toBe('text:spokesman');
  });
});

describe('"…, which said that …": a body speaks in a relative clause set off by a comma', () => {
  it.each([
    [
      'Talks were hosted by the Kazakh foreign ministry, which said the two sides had made progress.',
      'text:kazakh-foreign-ministry',
      'the two sides had made progress',
    ],
    [
      'Aid was flown in by the ICRC, which says it has taken 700 patients to Armenia since the spring.',
      'icrc',
      'it has taken 700 patients to Armenia since the spring',
    ],
    [
      'The figures came from the State Migration Service, which reported on Monday that 3,000 people had registered.',
      'text:state-migration-service',
      '3,000 people had registered',
    ],
  ])('%s', (text, speaker, quote) => {
    expect(speakersAndQuotes(text)).toContainEqual([speaker, quote]);
  });

  it.each([
    'The deal rests on the 2020 agreement, which says nothing about the corridor.',
    'Voters rejected the plan, which said little about prices.',
  ])('a document or a thing is no speaker here: %s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });
});

describe('"the enclave\'s health ministry", "the region\'s former leaders": the authority seated in the place named last', () => {
  it.each([
    'At least 68 people were killed outside Stepanakert, the capital of Nagorno-Karabakh. ' +
      "The blast tore through a crowd at the depot, according to the enclave's health ministry.",
    'More than 100,000 people fled Nagorno-Karabakh in September. ' +
      "The fighting killed nearly 200 people, the region's former leaders said at the time.",
    'The Lachin road has been shut since December. ' +
      'The ethnic Armenian authorities in Stepanakert say they will not accept aid via Aghdam.',
  ])('%s', (text) => {
    const timeline = timelineFor(text, {
      year: 2023,
      month: 9,
      day: 26,
      precision: 'day',
      yearStatus: 'stated',
    });
    expect(statementsOf(text, timeline)[0]?.speaker).toBe('karabakh-authorities');
  });

  it('a region the gazetteer seats no one in stays as written', () => {
    const text = "Protests spread in Syunik. The region's authorities said the roads were open.";
    expect(statementsOf(text)[0]?.speaker).not.toBe('karabakh-authorities');
  });
});

describe('a given name alone is the one person the document wrote out with it', () => {
  it.each([
    [
      'Rafael Mammadli, 71, keeps the keys on the kitchen table. Most of his old neighbours are gone, Rafael said.',
      'text:rafael-mammadli',
    ],
    [
      '"We welcome the ceasefire," spokesman Wang Wenbin told a briefing in Beijing. ' +
        'Asked about aid, Wang said Beijing was ready to help.',
      'text:wang-wenbin',
    ],
    [
      'Anahit Sargsyan runs the shelter in Goris. "We have beds for forty," Anahit said.',
      'text:anahit-sargsyan',
    ],
  ])('%s', (text, speaker) => {
    expect(statementsOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it('two people with that given name: the given name alone tells neither', () => {
    const text =
      'Anna Petrosyan and Anna Grigoryan both volunteer at the shelter. The beds are full, Anna said.';
    const speakers = speakersShown(text);
    expect(speakers).not.toContain('text:anna-petrosyan');
    expect(speakers).not.toContain('text:anna-grigoryan');
  });

  it('"I\'m told" is no given name', () => {
    const text = "Host: I'm Sarah Lind. I'm told the minister may not go.";
    expect(speakersShown(text)).not.toContain('text:i-m-sarah');
  });
});

describe('a trailing attribution with a long title and a setting after its verb', () => {
  it.each([
    [
      'The commissions have agreed on the first 12.7 kilometers of the border, Armenian Deputy Prime ' +
        'Minister Mher Grigoryan said on Friday evening after the eighth meeting of the commissions.',
      'The commissions have agreed on the first 12.7 kilometers of the border',
    ],
    [
      'Two more convoys will cross this week, Azerbaijani presidential aide Hikmet Hajiyev told reporters ' +
        'on Monday at a briefing in Baku.',
      'Two more convoys will cross this week',
    ],
  ])('%s', (text, quote) => {
    expect(statementsOf(text)[0]?.quote).toBe(quote);
  });

  it('a tail that goes on with a clause of its own is no setting', () => {
    const text =
      'The road is open, the Azerbaijani Deputy Foreign Minister Elnur Mammadov said on Monday after ' +
      'which the convoy was stopped again at the bridge.';
    expect(statementsOf(text)[0]?.quote).not.toBe('The road is open');
  });
});

describe('a country after a compass word elsewhere is still the country', () => {
  it('a paper\'s name "South China Morning Post" over "China welcomed …, saying"', () => {
    const text =
      'South China Morning Post\n\nChina welcomes ceasefire\n\n' +
      'China on Tuesday welcomed the deal to end the war, saying it hoped the parties would keep to it.';
    expect(speakersShown(text)).not.toContain('text:south-china');
  });
});

describe('"welcomed <a thing>" reports no words; "welcomed that …" and a quote do', () => {
  it.each([
    'The EU welcomed the release of the prisoners.',
    'The Russian Foreign Ministry on Friday welcomed the agreement on the first stretch of the border.',
    'Kazakhstan welcomes the resumption of talks in Almaty.',
  ])('%s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it.each([
    [
      'The Russian Foreign Ministry welcomed the agreement and noted that Moscow is ready to provide maps.',
      'Moscow is ready to provide maps',
    ],
    [
      'Charles Michel welcomed that the two leaders had agreed to meet again.',
      'the two leaders had agreed to meet again',
    ],
  ])('%s', (text, quote) => {
    expect(statementsOf(text).map((s) => s.quote)).toEqual([quote]);
  });
});

describe('"according to the organisation": the organisation that spoke or was named last', () => {
  it.each([
    'The ICRC said on Monday that its teams were ready. The organisation said the road had to open.',
    'The Red Cross has been unable to bring in food since June. ' +
      'Since then 700 patients have been taken to Armenia, according to the organisation.',
  ])('%s', (text) => {
    expect(statementsOf(text).at(-1)?.speaker).toBe('icrc');
  });

  it('with no organisation before, "the organisation" stays as written', () => {
    expect(statementsOf('The organisation said the road had to open.')[0]?.speaker).not.toBe('icrc');
  });
});

describe('"said one": one of the group the sentence before named', () => {
  it.each([
    [
      'Independent economists are more cautious. "The state can build flats, not jobs," said one, who asked not to be named.',
      'text:economist',
    ],
    ['Residents of Goris are angry. "Nobody told us anything," said one.', 'text:resident'],
    ['Several families have already left. "We could not wait any longer," one of them said.', 'text:family'],
  ])('%s', (text, speaker) => {
    expect(statementsOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it('with no group before, "one" names no one', () => {
    const text = 'The road was closed again. "It will not open this week," said one.';
    expect(speakersShown(text)).not.toContain('text:one');
  });
});

describe('adverbs of time and degree between the auxiliary and the verb', () => {
  it.each([
    'Moscow has so far said only that the two countries will discuss a joint monitoring centre.',
    'The Kremlin has thus far said that the two countries will discuss a joint monitoring centre.',
    'Moscow has just said that the two countries will discuss a joint monitoring centre.',
  ])('%s', (text) => {
    expect(statementsOf(text).map((s) => s.quote)).toEqual([
      'the two countries will discuss a joint monitoring centre',
    ]);
  });
});

describe('"said nothing about …" reports no words', () => {
  it.each([
    'The Kremlin has so far said nothing about the plan.',
    'Wins in four provinces and Nakhchivan so far assure her of at least 212 seats.',
    'Pashinyan said nothing more on Monday.',
  ])('%s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it('"nothing had changed" is a clause', () => {
    expect(statementsOf('Peskov said nothing had changed.')[0]?.quote).toBe('nothing had changed');
  });
});
