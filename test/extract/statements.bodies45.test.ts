import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [
    s.speaker.id,
    s.mention,
    text.slice(s.quote.start).split(/\s+/).slice(0, 4).join(' '),
  ]);

describe('a definite plural body names back the pair of such bodies named before (CONVENTIONS 13)', () => {
  it('"the commissions" after "the Armenian and Azerbaijani government commissions" is each commission', () => {
    expect(
      who(
        'The talks came a month after the Armenian and Azerbaijani government commissions agreed to mark the border. ' +
          'On Friday the commissions announced that two villages would change hands.',
      ),
    ).toEqual([
      ['text:armenian-government-commission', 'the commissions', 'two villages would change'],
      ['text:azerbaijani-government-commission', 'the commissions', 'two villages would change'],
    ]);
  });

  it('"the commissions" after "the state commissions of Azerbaijan and Armenia" is each state\'s commission', () => {
    expect(
      who(
        'The state commissions of Azerbaijan and Armenia on the border met in Gazakh on Monday. ' +
          'The commissions said the survey would start within a week.',
      ).map(([id]) => id),
    ).toEqual(['text:azerbaijani-state-commission', 'text:armenian-state-commission']);
  });

  it('"the commissions" after "the two countries\' border commissions" said something is that pair again', () => {
    expect(
      who(
        "Armenia and Azerbaijan set the first markers on Tuesday, the two countries' border commissions said. " +
          '"The work follows the 1991 maps," the commissions said in a joint statement.',
      ).map(([id, mention]) => [id, mention]),
    ).toEqual([
      ['text:armenian-border-commission', "the two countries' border commissions"],
      ['text:azerbaijani-border-commission', "the two countries' border commissions"],
      ['text:armenian-border-commission', 'the commissions'],
      ['text:azerbaijani-border-commission', 'the commissions'],
    ]);
  });

  it('a joint statement of the commissions, and "the statement" after it, are each commission\'s', () => {
    expect(
      who(
        'The Armenian and Azerbaijani border commissions met on the frontier on Thursday. ' +
          'According to a joint statement of the commissions, led by Deputy Prime Ministers Lena Arut and Omar Baylar, ' +
          'the parties agreed to follow the old line. The statement said the survey would begin in May.',
      ),
    ).toEqual([
      ['text:armenian-border-commission', 'a joint statement of the commissions', 'the parties agreed to'],
      ['text:azerbaijani-border-commission', 'a joint statement of the commissions', 'the parties agreed to'],
      ['text:armenian-border-commission', 'The statement', 'the survey would begin'],
      ['text:azerbaijani-border-commission', 'The statement', 'the survey would begin'],
    ]);
  });

  it('with no pair named before, "the commissions" is no one (never one body called "commissions")', () => {
    expect(who('On Friday the commissions announced that two villages would change hands.')).toEqual([]);
  });

  it('a counted group ("the two defence ministries") is still read as the two sides', () => {
    expect(
      who(
        'Armenia and Azerbaijan clashed on the border in May. ' +
          'The fighting killed 40 soldiers, the two defence ministries said.',
      ).map(([id]) => id),
    ).toEqual(['mod-armenia', 'mod-azerbaijan']);
  });
});

describe('"according to X, led by Y," — a participle with its agent describes the source', () => {
  it('the words start after the participle phrase', () => {
    expect(
      who('According to the commission, headed by Anna Petrosyan, 200 people are still missing.'),
    ).toEqual([['text:commission', 'the commission', '200 people are still']]);
  });
});

describe('a bulletin is a document: "the bulletin says" is its issuer\'s words', () => {
  it('"X said in its daily bulletin … the bulletin says" is X\'s', () => {
    expect(
      who(
        'The situation near the village remains tense, the Russian Ministry of Defence said in its daily bulletin on Friday. ' +
          '"The command is taking measures to resolve the situation," the bulletin says.',
      ).map(([id, mention]) => [id, mention]),
    ).toEqual([
      ['mod-russia', 'the Russian Ministry of Defence'],
      ['mod-russia', 'the bulletin'],
    ]);
  });
});

describe('a ministry named by its country alone, or by "the republic", after one named by its kind', () => {
  it('"The Armenian Foreign Ministry said … The ministry of Azerbaijan said" is Azerbaijan\'s foreign ministry', () => {
    expect(
      who(
        'The Armenian Foreign Ministry said the deal would make the border safer. ' +
          'The ministry of Azerbaijan said that the agreement showed that peace was near.',
      ).map(([id, mention]) => [id, mention]),
    ).toEqual([
      ['mfa-armenia', 'The Armenian Foreign Ministry'],
      ['mfa-azerbaijan', 'The ministry of Azerbaijan'],
    ]);
  });

  it("\"Azerbaijan's Defence Ministry said … Armenia's ministry said\" is Armenia's defence ministry", () => {
    expect(
      who(
        "Azerbaijan's Defence Ministry said two soldiers were wounded. Armenia's ministry said that no shots had been fired.",
      ).map(([id]) => id),
    ).toEqual(['mod-azerbaijan', 'mod-armenia']);
  });

  it('with no kind named before, "the ministry of Azerbaijan" is not made a ministry of any kind', () => {
    expect(
      who('The ministry of Azerbaijan said that the agreement showed that peace was near.').map(([id]) => id),
    ).not.toContain('mfa-azerbaijan');
  });

  it('"the Ministry of Defense of the republic" is the body of the country the text named last', () => {
    expect(
      who(
        'Armenia lost 13 soldiers, the Security Council of Armenia said. ' +
          'Later in the evening, the Ministry of Defense of the republic reported that contact had been lost with two posts.',
      ).map(([id]) => id),
    ).toEqual(['text:security-council-of-armenia', 'mod-armenia']);
  });
});

describe('"the region\'s <body>" in a Karabakh story is the Karabakh authorities\' body (CONVENTIONS 4)', () => {
  it('"The region\'s defense ministry said" after Nagorno-Karabakh is named', () => {
    expect(
      who(
        'Russian troops rolled into Nagorno-Karabakh on Wednesday. The fighting was the worst in the area since 1994.\n\n' +
          "The region's defense ministry said 1,339 of its servicemen had been killed.",
      ).map(([id]) => id),
    ).toEqual(['karabakh-authorities']);
  });

  it('another region named last keeps the words as written', () => {
    expect(
      who(
        "Russian troops rolled into Syunik on Wednesday. The region's defense ministry said 12 soldiers were hurt.",
      ).map(([id]) => id),
    ).not.toContain('karabakh-authorities');
  });
});
