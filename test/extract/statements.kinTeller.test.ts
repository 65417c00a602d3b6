import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a speaker telling what their own relative told them: both statements (CONVENTIONS 14)', () => {
  it('"X said her aunt told her …": X from the relayed clause, the aunt (of X) from her words', () => {
    const text =
      'Marta Kesyan lives in Glendale. Kesyan said her aunt told her the queue of cars stretched for miles.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:marta-kesyan', undefined, 'her aunt told her the queue of cars stretched for miles'],
      ['text:marta-kesyan-aunt', 'text:marta-kesyan', 'the queue of cars stretched for miles'],
    ]);
  });

  it('a setting between "told her" and "that" is no part of the words', () => {
    const text =
      'Narine Sahakyan, who was born in Lyon, said her grandfather had told her all his life that the orchards of Shushi were the finest anywhere.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:narine-sahakyan-grandfather',
      'text:narine-sahakyan',
      'the orchards of Shushi were the finest anywhere',
    ]);
  });

  it('"one of her cousins", set off by an aside, is a cousin of hers', () => {
    const text =
      'Anna Melikyan lives in Cardiff. Anna said one of her cousins, who is 19 and whom she asked us not to name, had told her by phone that the bombing on Monday was "the worst yet".';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:anna-melikyan-cousin',
      'text:anna-melikyan',
      'the bombing on Monday was "the worst yet"',
    ]);
  });

  it('"her cousin" after a man says it is not his cousin: only his own statement', () => {
    const text =
      'Lusine Avetisyan was at work. Her husband, Davit Avetisyan, said her cousin had told her the road was closed again.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:davit-avetisyan']);
  });

  it('the relatives are the speaker’s own, whoever the text named last', () => {
    const text =
      'Defence Minister Suren Papikyan visited the border. Tigran Avoyan, a baker, said his relatives in Yerevan had told him the schools would open on Monday.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:tigran-avoyan-relatives',
      'text:tigran-avoyan',
      'the schools would open on Monday',
    ]);
  });

  it('a "that" after the words’ own verb opens their second clause, not the words', () => {
    const text =
      'Lilit Avetisian came. Avetisian said her aunt told her the roads were jammed and that families slept in their cars.';
    expect(speakersViaAndQuotes(text).at(-1)?.[2]).toBe(
      'the roads were jammed and that families slept in their cars',
    );
  });

  it('an order, a topic or a thing told is no statement of the relative', () => {
    for (const told of ['to leave the city', 'about the shelling', 'the news'])
      expect(speakersViaAndQuotes(`Davit Sargsyan said his brother had told him ${told}.`)).toHaveLength(1);
  });

  it('a pronoun or a name as the teller is left to the relay rules', () => {
    expect(speakersViaAndQuotes('Lusine Avetisyan said he told her that the shops were empty.')).toHaveLength(
      1,
    );
  });
});

describe('a relative’s words handed on inside a resident’s quote (row S)', () => {
  it('given "My grandson says that soldiers live there now" after the quote’s first piece, the grandson’s words', () => {
    const text =
      'Seda, 72, keeps the key to her house. "The key is all that is left," she told me. "My grandson says that soldiers live there now."';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:grandson',
      'text:seda',
      'soldiers live there now.',
    ]);
  });

  it('given "Sargsyan’s husband works …" and then "He says they keep …", the husband’s words', () => {
    const text =
      'Anna Sargsyan lives in Goris. Sargsyan\'s husband works at the hospital. "He says they keep the theatres for emergencies only," she says.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:husband',
      'text:anna-sargsyan',
      'they keep the theatres for emergencies only,',
    ]);
  });

  it('given "Now my cousins in Stepanakert tell me that …", the cousins’ words', () => {
    const text =
      '"My grandmother was born in Shushi. Now my cousins in Stepanakert tell me that the shelves are emptying," says Aram Petrosyan.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:cousins',
      'text:aram-petrosyan',
      'the shelves are emptying,',
    ]);
  });

  it('given "My uncle wrote to me in March, through a neighbour, that …", the uncle’s words start at the clause', () => {
    const text =
      '"My uncle wrote to me in March, through a neighbour, that the orchard had burned," says Aram Petrosyan.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:uncle',
      'text:aram-petrosyan',
      'the orchard had burned,',
    ]);
  });

  it('given "My sister rang at five in the morning on Friday and said …", the sister’s words', () => {
    const text =
      '"My sister rang at five in the morning on Friday and said the sirens had started," says Aram Petrosyan.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:sister',
      'text:aram-petrosyan',
      'the sirens had started,',
    ]);
  });

  it('given "My sister rang at five and she said …", no words of the sister: a second subject is a second clause', () => {
    const text = '"My sister rang at five and a neighbour said the sirens had started," says Aram Petrosyan.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:aram-petrosyan']);
  });

  it('given "My sister told me the news", no statement of the sister: a thing told is no words', () => {
    const text = '"My sister told me the news at night," says Aram Petrosyan.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:aram-petrosyan']);
  });
});

describe('"He says" inside a quote: the speaker’s kin of his sex named last before (row S)', () => {
  it('given "her husband stayed to wait for his mother" and then "He says: …", the husband’s words', () => {
    const text =
      'Liana Babayan, 41, reached Goris. Her husband stayed behind to wait for his mother. "He calls me every evening. He says: do not worry, we will come," she said.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:husband',
      'text:liana-babayan',
      'do not worry, we will come,',
    ]);
  });

  it('given "his nephew … his family told him" and then "He says …", the nephew’s words', () => {
    const text =
      'Hovik Sarkisian had heard from his nephew again. The young man was in hospital, his family told him. "He says he is fine," Sarkisian said.';
    expect(speakersViaAndQuotes(text)).toContainEqual(['text:nephew', 'text:hovik-sarkisian', 'he is fine,']);
  });

  it('given "She has a brother in Goris" and then "He told me last night that …", the brother’s words', () => {
    const text =
      'Ani Serobyan is a nurse in Lyon. She has a brother in Goris. "He told me last night that the road was closed," she says.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:brother',
      'text:ani-serobyan',
      'the road was closed,',
    ]);
  });

  it('given only a daughter named before, "He says …" is no one’s: the text does not say who he is', () => {
    const text = 'Liana Babayan waited for her daughter. "He says the road is open," she said.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:liana-babayan']);
  });

  it('given "his brother and the driver" before "He told me …", no one: either may be "he"', () => {
    const text =
      'Hovik Sarkisian said his brother and the driver waited at the checkpoint all night. "He told me the soldiers had taken their phones," Sarkisian said.';
    const speakers = speakersViaAndQuotes(text).map(([speaker]) => speaker);
    expect(speakers.filter((s) => s === 'text:brother' || s === 'text:driver')).toEqual([]);
  });

  it('given "her son" and then "a neighbour", "He says …" is no one’s: the neighbour may be "he"', () => {
    const text =
      'Anna Grigoryan waited for her son and a neighbour at the border. Nobody came on Monday. "He says the line is ten kilometres long," she said.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:anna-grigoryan']);
  });

  it('given "her brother" and then a woman named, "He told me …" is still the brother’s: she is not "he"', () => {
    const text =
      'Ani Serobyan has a brother in Goris and a sister, Lilit, in Yerevan. "He told me last night that the road was closed," she says.';
    expect(speakersViaAndQuotes(text)).toContainEqual([
      'text:brother',
      'text:ani-serobyan',
      'the road was closed,',
    ]);
  });
});
