import { describe, expect, it } from 'vitest';
import { headingSaid, speakerViaQuoteLines } from './statements.helpers.ts';

const BYLINE = 'By Staff Writer\nPublished 14 March 2023\n\n';
const PM_BODY =
  'Prime Minister Nikol Pashinyan visited Goris on Friday and met families from the border villages.\n';
const GOV_BODY = 'Shelling resumed on Tuesday near the border village, residents said.\n';

/** Text written for these tests (session 43). */
describe('a headline’s second predicate shares the first one’s subject (CONVENTIONS 9)', () => {
  it('"Name visits Goris, says …": the saying is the subject’s', () => {
    expect(
      headingSaid(`Pashinyan visits Goris, says new homes will be ready by winter\n\n${BYLINE}${PM_BODY}`),
    ).toEqual([['pashinyan', 'new homes will be ready by winter', 'headline']]);
  });

  it('a country that protests, then says: its government', () => {
    expect(
      headingSaid(`Armenia protests shelling, says two border posts came under fire\n\n${BYLINE}${GOV_BODY}`),
    ).toEqual([['gov-armenia', 'two border posts came under fire', 'headline']]);
  });

  it('"…, says Armenia": the source named after the words, no clause of the first subject', () => {
    expect(headingSaid(`Azerbaijan shells villages, says Armenia\n\n${BYLINE}${GOV_BODY}`)).toEqual([]);
  });

  it('a second verb with no reported content is headline copy (CONVENTIONS 10)', () => {
    expect(
      headingSaid(`Iran opens consulate in Kapan, warns against border changes\n\n${BYLINE}${GOV_BODY}`),
    ).toEqual([]);
  });
});

describe('"X said this …" points back to the sentence before: X’s words (CONVENTIONS 9)', () => {
  it('"Prime Minister … said this in an interview" makes the sentence before his', () => {
    expect(
      speakerViaQuoteLines(
        'Talks\n\nArmenia will not sign the document in its present form because it ignores the border. Prime Minister Nikol Pashinyan said this in an interview with a French channel.',
      ),
    ).toEqual([
      'pashinyan: Armenia will not sign the document in its present form because it ignores the border',
    ]);
  });

  it('a titled name after its offices: "President of …, Commander-in-Chief … Ilham Aliyev announced this"', () => {
    expect(
      speakerViaQuoteLines(
        'Return\n\nToday the army entered the town of Kalbajar after a week of delays. President of the Republic of Azerbaijan, Commander-in-Chief of the Armed Forces Ilham Aliyev announced this in an address to the nation.',
      ),
    ).toEqual(['aliyev: Today the army entered the town of Kalbajar after a week of delays']);
  });

  it('"… said so." points back as "said this in …" does', () => {
    expect(
      speakerViaQuoteLines(
        'Talks\n\nThe border crossing will reopen to trucks next week. Foreign Minister Ararat Mirzoyan said so.',
      ),
    ).toEqual(['mirzoyan: The border crossing will reopen to trucks next week']);
  });

  it('"said thistle": a word that only starts with "this" points nowhere', () => {
    expect(
      speakerViaQuoteLines(
        'Talks\n\nThe border crossing will reopen next week. Foreign Minister Ararat Mirzoyan said thistle.',
      ),
    ).not.toContain('mirzoyan: The border crossing will reopen next week');
  });

  it('"said this week that …" is a day and a clause of its own, not the sentence before', () => {
    expect(
      speakerViaQuoteLines(
        'Talks\n\nThe road stayed closed for a second day. Prime Minister Nikol Pashinyan said this week that the talks would resume.',
      ),
    ).toEqual(['pashinyan: the talks would resume']);
  });

  it('"An outlet reports that this was announced by X": the outlet passes X’s words on (CONVENTIONS 15)', () => {
    expect(
      speakerViaQuoteLines(
        'Checkpoint\n\nA new checkpoint was set up at the start of the mountain road on Sunday. The Daily Courier reports that this was announced by the State Border Service of Azerbaijan.',
      ),
    ).toEqual(['sbs-azerbaijan: A new checkpoint was set up at the start of the mountain road on Sunday']);
  });

  it('a lead of one sentence, then "This was announced by X" opening the next paragraph', () => {
    expect(
      speakerViaQuoteLines(
        'Checkpoint\n\nA new checkpoint was set up at the start of the mountain road on Sunday.\n\nThis was announced by the State Border Service of Azerbaijan.',
      ),
    ).toEqual(['sbs-azerbaijan: A new checkpoint was set up at the start of the mountain road on Sunday']);
  });

  it('a date line before the pointing paragraph is no one’s words', () => {
    expect(
      speakerViaQuoteLines(
        'Checkpoint\n\n24 April 2023, 11:47\n\nThis was announced by the State Border Service of Azerbaijan.',
      ),
    ).toEqual([]);
  });
});

describe('an untagged dash paragraph goes on with the speaker just quoted and told of (CONVENTIONS 4, 9)', () => {
  const opening =
    'Border\n\nGarnik Petrosyan has waited at the checkpoint since dawn.\n\n' +
    '– My brother could not bring our father out. He refused to leave his garden, he says.\n\n';

  it('"He gets back into the car. …" between: the untagged words are his', () => {
    expect(
      speakerViaQuoteLines(
        `${opening}He gets back into the car. He means to stay until the last bus has passed.\n\n– I will wait here. Where else would I go?`,
      ),
    ).toEqual([
      'text:garnik-petrosyan: My brother could not bring our father out. He refused to leave his garden',
      'text:garnik-petrosyan: I will wait here. Where else would I go?',
    ]);
  });

  it('a paragraph between that tells of someone else: no one is sure to speak', () => {
    expect(
      speakerViaQuoteLines(
        `${opening}A bus arrives from the pass. The driver opens the door.\n\n– I will wait here. Where else would I go?`,
      ),
    ).toEqual([
      'text:garnik-petrosyan: My brother could not bring our father out. He refused to leave his garden',
    ]);
  });

  it('a pronoun that is not the one the tag used: no one is sure to speak', () => {
    expect(
      speakerViaQuoteLines(
        `${opening}She hands him a bottle of water. She has driven from Yerevan.\n\n– I will wait here. Where else would I go?`,
      ),
    ).toEqual([
      'text:garnik-petrosyan: My brother could not bring our father out. He refused to leave his garden',
    ]);
  });
});
