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
