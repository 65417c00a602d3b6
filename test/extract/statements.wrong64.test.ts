import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    via: s.via?.id,
    said: text.slice(s.quote.start, s.quote.end),
  }));

describe('a quote that describes the one a relayed clause names', () => {
  it('"said that Baku was “…” and demanded": the quote is the relayer\'s, no words of Baku', () => {
    const text =
      'The Armenian Foreign Ministry said that Baku was "staging a deliberate provocation" and demanded that the observers return to the border.';
    const found = who(text);
    expect(found.map((s) => s.speaker)).toEqual(['mfa-armenia']);
    expect(found[0]!.said).toMatch(/^Baku was "staging/);
  });

  it('a quote right after the name is its own predicate and stays relayed', () => {
    const text =
      'Mayor Tom Reyes held a call with Aliyev on Monday. As the Kremlin press service reported, Aliyev "regretted the incident" and assured the Russian president that the inquiry would be thorough.';
    expect(who(text).some((s) => s.speaker === 'aliyev' && s.said.startsWith('regretted'))).toBe(true);
  });
});

describe('"they" after a sentence that opens with a plural body as its subject', () => {
  it('"The authorities of the self-proclaimed republic confirmed …. According to them, …": the authorities', () => {
    const text =
      'The Defence Ministry of Azerbaijan said that the separatist units had begun to lay down their arms. ' +
      'The authorities of the self-proclaimed republic confirmed the truce in a statement. According to them, the remaining units will be withdrawn within a week.';
    const found = who(text);
    expect(found.find((s) => s.said.startsWith('the remaining units'))?.speaker).toBe('karabakh-authorities');
  });
});

describe('"according to X" after a fronted time adjunct', () => {
  it('"Between 2019 and 2021, according to X, CLAUSE": X says the clause with its setting (row AJ)', () => {
    const text =
      'Between 2019 and 2021, according to the Polish embassy in Baku, no Polish citizen asked for help in the region.';
    expect(who(text)).toEqual([
      {
        speaker: 'text:polish-embassy',
        via: undefined,
        said: 'Between 2019 and 2021',
      },
    ]);
  });
});

describe('a subject with an aside before "said" is no inverted attribution', () => {
  it('"An aide, speaking on background, said the bill, which …, was likely …": the aide speaks', () => {
    const text =
      'A Democratic committee aide, speaking on background, said the House version of the relief bill, which cleared the committee last week, was likely to pass in January.';
    const found = who(text);
    expect(found.map((s) => s.speaker)).toEqual(['text:democratic-committee-aide']);
    expect(found[0]!.said).toMatch(/^the House version of the relief bill/);
  });
});

describe('an unnamed person placed in a city of two words', () => {
  it('"A Bulgarian diplomat in New York": the diplomat, never the city', () => {
    const text =
      'A Bulgarian diplomat in New York, who asked not to be named, told the paper that Sofia backed a negotiated solution.';
    expect(who(text).map((s) => s.speaker)).toEqual(['text:bulgarian-diplomat']);
  });
});

describe('a saying in a relative clause on a body whose name has "of"', () => {
  it('"…, according to the Armenian Ministry of Health, which says …": the ministry says it', () => {
    const text =
      'The toll of the blast has risen to 90, according to the Armenian Ministry of Health, which says about 40 people are still missing.';
    const found = who(text).filter((s) => s.said.startsWith('about 40 people'));
    expect(found.map((s) => s.speaker)).toEqual(['moh-armenia']);
  });

  it('"with the help of the International Committee of the Red Cross, which said …": the ICRC', () => {
    const text =
      'The handover will take place at the border with the help of the International Committee of the Red Cross, which said it was ready to assist both sides.';
    expect(who(text).map((s) => [s.speaker, s.said])).toEqual([
      ['icrc', 'it was ready to assist both sides'],
    ]);
  });

  it('a person "of the" body is no body: "the head of the ministry, which said" is not read', () => {
    const text = 'The letter went to the head of the ministry, which said the post would be filled soon.';
    expect(who(text).map((s) => s.speaker)).not.toContain('text:head-of-the-ministry');
  });
});

describe('a news agency citing organisers', () => {
  it('"The news agency X, citing the organisers, reported that …": the organisers speak, via the agency', () => {
    const text =
      'The Azerbaijani news agency Report, citing the organisers, reported that about 200 people had joined the camp near the road.';
    const found = who(text);
    expect(found.map((s) => [s.speaker, s.via])).toEqual([['text:organisers', 'text:report']]);
  });
});

describe('a view given by a pronoun', () => {
  it('"In his estimate, …": his view', () => {
    const text =
      'Tom Reyes is an analyst at a shipping consultancy in Athens. In his estimate, freight on the route could grow by a third next year.';
    expect(who(text).find((s) => s.said.startsWith('freight'))?.speaker).toBe('text:tom-reyes');
  });

  it('"In her view the …" without a comma: her view', () => {
    const text =
      'Lena Marr, a researcher at a Vienna institute, spoke to the paper on Friday. In her view the treaty itself is still a long way off.';
    expect(who(text).find((s) => s.said.startsWith('the treaty'))?.speaker).toBe('text:lena-marr');
  });
});

describe('a quoted name with its namer after it', () => {
  it('"the so-called “Western Corridor” as Baku calls it": Baku\'s words', () => {
    const text =
      'A deal would open a railway through the south of Armenia, the so-called "Western Corridor" as Baku calls it, within two years.';
    expect(who(text).map((s) => [s.speaker, s.said])).toEqual([['gov-azerbaijan', 'Western Corridor']]);
  });

  it('"as it is called" names no one', () => {
    const text = 'The road, or the "lifeline" as it is called in Stepanakert, stayed shut for a week.';
    expect(who(text)).toEqual([]);
  });
});
