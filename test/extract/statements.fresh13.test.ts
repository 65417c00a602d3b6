import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, statementsOf } from './statements.helpers.ts';

describe('a blank line parts two capitalised words: no name is made across it', () => {
  it('a rubric over a headline is no person a later "Armenia says" points back to', () => {
    const text = [
      'Europe News',
      'Armenia says the corridor is closed',
      'The border was quiet on Monday. Armenia says 40 of its soldiers were wounded in the clashes.',
    ].join('\n\n');
    expect(speakersShown(text)).not.toContain('text:news-armenia');
    expect(speakersAndQuotes(text)).toContainEqual([
      'gov-armenia',
      '40 of its soldiers were wounded in the clashes',
    ]);
  });

  it('a section label over a wire story does not join the first word of the story', () => {
    const text = [
      'World Politics',
      'Lavrov told reporters in Moscow that the talks would resume next month.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['lavrov']);
  });

  it('a name broken over one line of a hard-wrapped page is still one name', () => {
    const text =
      'The committee met local councillor Tamar\nBeglaryan on Monday. Beglaryan said the road would reopen.';
    expect(speakersShown(text)).toEqual(['text:tamar-beglaryan']);
  });
});

describe('titles of agencies, plural titles and two-word countries are no part of a name', () => {
  it('an agency head’s title before the name (a UN release, a wire)', () => {
    expect(
      statementsOf('"Families need help now," said UNICEF Executive Director Catherine Russell.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['text:catherine-russell']);
    expect(
      statementsOf('IMF Managing Director Kristalina Georgieva said growth would slow.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['text:kristalina-georgieva']);
  });

  it('a title "of" a two-word country leaves the country out of the name (a ministry release)', () => {
    const text =
      'Minister of Foreign Affairs of North Macedonia Bujar Osmani today said that talks had to resume.';
    expect(speakersShown(text)).toEqual(['text:bujar-osmani']);
  });

  it('a one-word country after "of" is left out as before', () => {
    const text = 'Human Rights Defender of Artsakh Artak Beglaryan said the road was closed.';
    expect(speakersShown(text)).toEqual(['beglaryan']);
  });
});

describe('"he" after a sentence whose subject is a definite role goes to that role, not to whom it met', () => {
  it('the Chairman-in-Office spoke with two ministers: "He" is the chairman who spoke before', () => {
    const text =
      'OSCE Chairman-in-Office and Foreign Minister of North Macedonia Bujar Osmani called for calm. ' +
      '"Force is no solution," said Osmani. The Chairman-in-Office later spoke by phone with Foreign ' +
      'Ministers Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan. He underlined that only ' +
      'talks could bring peace.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:bujar-osmani', 'Force is no solution,'],
      ['text:bujar-osmani', 'only talks could bring peace'],
    ]);
  });

  it('a role that is no one named before leaves the pronoun unattributed, never the person met', () => {
    const text =
      'The envoy met Ararat Mirzoyan in Yerevan on Monday. He said the talks would resume next month.';
    expect(speakersShown(text)).not.toContain('mirzoyan');
  });

  it('the role may be written before any mention of the last speaker, the headline’s too', () => {
    const text = [
      'John Bolton: the campaign is in trouble',
      'In an interview, former UN Ambassador John Bolton said the campaign was in trouble.',
      'The former ambassador also compared Hillary Clinton with Donald Trump. He said he would serve.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['text:john-bolton', 'text:john-bolton']);
  });

  it('a name in apposition to the role is the subject itself', () => {
    const text =
      'The Minister for Europe and Foreign Affairs, Catherine Colonna, spoke on Monday with Ararat Mirzoyan. ' +
      'She told him that France would send more aid.';
    expect(speakersShown(text)).toEqual(['colonna']);
  });

  it('a subject that is no person ("The talks") leaves the person named as before', () => {
    const text = 'The talks in Brussels were held with Ararat Mirzoyan. He said they had gone well.';
    expect(speakersShown(text)).toEqual(['mirzoyan']);
  });
});

describe('a newsletter’s item label in capitals is no part of what was said', () => {
  it('a Playbook-style label before a toll the officials gave', () => {
    const text =
      'Good morning.\n\nDEATH TOLL: The blast at the depot killed at least 20 people, Armenian officials said.';
    expect(speakersAndQuotes(text)).toEqual([
      ['gov-armenia', 'The blast at the depot killed at least 20 people'],
    ]);
  });

  it('a live page’s label before "according to"', () => {
    const text =
      'Live updates.\n\nEXODUS IN NUMBERS: More than 28,000 people have crossed into Armenia, according to the Armenian government.';
    expect(speakersAndQuotes(text)[0]?.[1]).toBe('More than 28,000 people have crossed into Armenia');
  });

  it('a label before a saying with a trailing participle clause', () => {
    const text =
      'Good morning.\n\nDEATH TOLL: The blast killed at least 20 people, Armenian officials said, with ' +
      'scores of the injured flown to Yerevan overnight.';
    expect(speakersAndQuotes(text)[0]?.[1]).toBe('The blast killed at least 20 people');
  });

  it('a label of several words with a digit ("UPDATE 2:") before a wire sentence', () => {
    const text = 'Markets.\n\nUPDATE 2: Prices rose by 4 percent in May, the central bank said on Friday.';
    expect(speakersAndQuotes(text)[0]?.[1]).toBe('Prices rose by 4 percent in May');
  });
});

describe('a title before a surname alone is the person named so', () => {
  it('"Director Comey" after "FBI Director James Comey": a later "he" stays with him', () => {
    const text =
      'FBI Director James Comey testified on Thursday. Fact checkers said that Director Comey spoke only ' +
      'of the interview. He also said he could not judge her public remarks.';
    expect(speakersShown(text)).toContain('text:james-comey');
    expect(statementsOf(text).at(-1)?.speaker).toBe('text:james-comey');
  });
});

describe('"X, citing Y, reported": Y said it, X relays it', () => {
  const relayed = (text: string) => statementsOf(text).map((s) => [s.speaker, s.via ?? null]);

  it('an agency citing a source inside a ministry (Russian independent media)', () => {
    const text =
      'Interfax, citing a source in the Russian Defence Ministry, reported that the helicopters had left.';
    expect(relayed(text)).toEqual([['text:source', 'text:interfax']]);
  });

  it('a wire citing a body the gazetteer knows', () => {
    const text = 'TASS, citing the Russian Defence Ministry, said that 12 drones had been downed overnight.';
    expect(relayed(text)).toEqual([['mod-russia', 'text:tass']]);
  });

  it('a paper citing unnamed officials (a broadsheet)', () => {
    const text = 'The Times, citing two senior officials, reported that the talks had stalled.';
    expect(relayed(text)).toEqual([['text:officials', 'text:times']]);
  });

  it('citing a document or a reason is no source: the outlet or person keeps the words', () => {
    expect(
      relayed('The Journal, citing internal documents, reported that the ministry was in debt.'),
    ).toEqual([['text:journal', null]]);
    expect(relayed('Manafort, citing the magic of Trump, said the candidate could win.')).toEqual([
      ['text:manafort', null],
    ]);
  });
});

describe('"two of his aides": a part of a group is filed under the group', () => {
  it('a newsletter’s "two of his aides confirmed"', () => {
    const text = 'Pashinyan is still expected at the summit in Granada, two of his aides confirmed.';
    expect(speakersShown(text)).toEqual(['text:aides']);
  });

  it('"One of the organisers", "Several of her colleagues" (a broadsheet, a wire)', () => {
    expect(statementsOf('One of the organisers said the march would go ahead.')[0]?.speaker).toBe(
      'text:organisers',
    );
    expect(statementsOf('Several of her colleagues said she had been threatened.')[0]?.speaker).toBe(
      'text:colleagues',
    );
  });

  it('"members of parliament" keeps what they are members of', () => {
    expect(statementsOf('Members of the opposition said the vote was rigged.')[0]?.speaker).toBe(
      'text:members-of-the-opposition',
    );
  });
});

describe('"its Defense Ministry": the country that opens the sentence owns it', () => {
  it('"according to its Defense Ministry" after the country (a Turkish daily)', () => {
    const text = 'Azerbaijan lost 2,908 soldiers in the conflict, according to its Defense Ministry.';
    expect(speakersAndQuotes(text)).toEqual([
      ['mod-azerbaijan', 'Azerbaijan lost 2,908 soldiers in the conflict'],
    ]);
  });

  it('"…, its foreign ministry said" (a wire)', () => {
    const text = 'Armenia will hold talks in Brussels in May, its foreign ministry said on Monday.';
    expect(speakersShown(text)).toEqual(['mfa-armenia']);
  });

  it('an owner the gazetteer does not know by those words gives no speaker', () => {
    expect(statementsOf('The village lost power overnight, its mayor said.')).toEqual([]);
  });
});

describe('"Another diplomat put it more bluntly: …, he said": another person, framed by the writer', () => {
  it('the pronoun is the other diplomat, never the one who spoke before', () => {
    const text =
      'One EU diplomat said a handful of capitals were wary of the gas file. Another diplomat put it ' +
      'more bluntly: the gas deal "ties our hands," he said.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:eu-diplomat', 'a handful of capitals were wary of the gas file'],
      ['text:diplomat', 'the gas deal "ties our hands,"'],
    ]);
  });

  it('"Another resident …" after a resident who spoke (a wire feature)', () => {
    const text =
      'One resident of Goris said the water had been cut. Another woman was more direct: "We have nothing," she said.';
    expect(speakersShown(text)).toEqual(['text:resident', 'text:woman']);
  });

  it('a colon with no framing verb before it leaves the whole sentence said', () => {
    const text = 'Anna Petrosyan spoke to reporters. The situation is simple: we have no fuel, she said.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:anna-petrosyan', 'The situation is simple: we have no fuel'],
    ]);
  });
});

describe('a given name alone, with an age in apposition, is a person a later "she" points to', () => {
  it('a broadcaster’s refugee met at a border town', () => {
    const text =
      'In Goris, our correspondent met Anahit, a 62-year-old retired teacher who left on Tuesday. ' +
      '"We left everything," she said. The journey lasted more than a day, she added.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:anahit', 'We left everything,'],
      ['text:anahit', 'The journey lasted more than a day'],
    ]);
  });

  it('a wire’s "Lusine, 34, …"', () => {
    const text = 'Lusine, 34, fled with her children on foot. "We had no choice," she said.';
    expect(speakersShown(text)).toEqual(['text:lusine']);
  });

  it('a place with an age is no person', () => {
    const text = 'The convoy reached Tegh, a 300-year-old village near the border. "We are safe," she said.';
    expect(speakersShown(text)).not.toContain('text:tegh');
  });
});
