import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, speakersViaAndQuotes } from './statements.helpers.ts';

/**
 * CONVENTIONS 14, relays: "X said the doctors had told her that …" hands on the told words; as with
 * a relative ("her cousin told her"), a group named by a definite noun telling the speaker gives two
 * statements, the speaker's from the relayed clause and the group's from its words (session 40).
 * Sentences written for these tests.
 */
describe('"X said <the group> told him/her …": the group said the told words', () => {
  it('the military telling a leader', () => {
    const text =
      'Davit Sargsyan said the military had told him further fighting would cost the province its last road.';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:davit-sargsyan',
        undefined,
        'the military had told him further fighting would cost the province its last road',
      ],
      ['text:military', 'text:davit-sargsyan', 'further fighting would cost the province its last road'],
    ]);
  });

  it('doctors telling a mother, with "that"', () => {
    const text =
      'Anna Petrosyan waited at the hospital. She said the doctors told her that her son would walk again.';
    expect(speakersAndQuotes(text)).toContainEqual(['text:doctors', 'her son would walk again']);
  });

  it('an order is no words: "told him to leave"', () => {
    const text = 'Karen Sahakyan said the police had told him to leave the village.';
    expect(speakersShown(text)).toEqual(['text:karen-sahakyan']);
  });

  it('told to someone else ("him" after a woman speaks): no telling of hers to hand on', () => {
    const text =
      'Anna Petrosyan waited at the hospital. She said the doctors told him that the ward was full.';
    expect(speakersShown(text)).toEqual(['text:anna-petrosyan']);
  });
});
