import { describe, expect, it } from 'vitest';
import { longestFullName } from '../../src/extract/entities/fullNames.ts';
import { speakerWordsOf } from '../../src/extract/entities/speakerWords.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { readPiece } from './statements.helpers.ts';

describe('a subordinator, conjunction or focus word is never part of a speaker’s name', () => {
  it.each([
    ['Although Harutyunyan', 'Harutyunyan'],
    ['Even the mayor of Goris', 'the mayor of Goris'],
    ['When local officials', 'local officials'],
    ['and the deputy minister', 'the deputy minister'],
    ['Does Mirzoyan', 'Mirzoyan'],
  ])('%s → %s', (mention, words) => expect(speakerWordsOf(mention)).toBe(words));

  it('given "Although Harutyunyan" and "Even Harutyunyan", both are Harutyunyan', () => {
    expect(textEntity('Although Harutyunyan').id).toBe('text:harutyunyan');
    expect(textEntity('Even Harutyunyan').id).toBe('text:harutyunyan');
  });

  it('given a sentence opening "Though Karen Harutyunyan …", his full name is Karen Harutyunyan', () => {
    const text =
      'Though Karen Harutyunyan leads the border commission, he rarely speaks. Harutyunyan said the talks went well.';
    expect(longestFullName(text, 'Harutyunyan')).toBe('Karen Harutyunyan');
  });

  it('given "Because Harutyunyan …" and a later "Harutyunyan said", the speaker is Harutyunyan alone', () => {
    const text =
      'YEREVAN, May 3 — Because Harutyunyan chairs the commission, the talks were held in Ijevan. Harutyunyan said the markers would be placed "within a month".';
    const ids = readPiece(text).statements.map((s) => s.speaker.id);
    expect(ids.some((id) => /because/.test(id))).toBe(false);
  });

  it('a word of those alone is kept as written', () => {
    expect(speakerWordsOf('Who')).toBe('Who');
  });
});

describe('a relative clause after the speaker’s head is no part of the name', () => {
  it.each([
    ['the farmers who stayed in the village', 'the farmers'],
    ['Arman Petrosyan, 52, of Kapan, who sells fruit at the market', 'Arman Petrosyan, 52, of Kapan'],
    ['two diplomats who asked not to be named', 'two diplomats'],
    ['the Trump and', 'the Trump'],
  ])('%s → %s', (mention, words) => expect(speakerWordsOf(mention)).toBe(words));

  it('given "the farmers who stayed in the village", the speaker is the farmers', () => {
    expect(textEntity('the farmers who stayed in the village').id).toBe('text:farmers');
  });
});

describe('a content that is only where or when it was said is no content', () => {
  it('given "… were shelled, Grigoryan said Monday in Stepanakert, adding …", "in Stepanakert" is not what he said', () => {
    const text =
      'Three villages were shelled overnight, Grigoryan said Monday in Stepanakert, adding that the roads were "closed to all traffic".';
    const quotes = readPiece(text).statements.map((s) => text.slice(s.quote.start, s.quote.end));
    expect(quotes).not.toContain('in Stepanakert');
  });

  it('given a reported clause of several words, it is kept', () => {
    const text = 'Grigoryan said on Monday that the villages in Martuni had been shelled.';
    const quotes = readPiece(text).statements.map((s) => text.slice(s.quote.start, s.quote.end));
    expect(quotes.some((q) => q.includes('villages in Martuni'))).toBe(true);
  });
});

describe('the words of a relative clause are never the speaker', () => {
  it('given "The monitors who patrol the line near Tegh said …", no statement is given to "patrol the line"', () => {
    const text =
      'The monitors who patrol the line near Tegh said that two more posts had been set up along the road.';
    const ids = readPiece(text).statements.map((s) => s.speaker.id);
    expect(ids.some((id) => id.includes('patrol'))).toBe(false);
  });

  it('given "…, in which aid groups estimate that …", the aid groups still estimate', () => {
    const text =
      'The fighting in 2020, in which aid groups estimate that at least 6,000 people died, ended in November.';
    const ids = readPiece(text).statements.map((s) => s.speaker.id);
    expect(ids.some((id) => id.includes('aid-groups'))).toBe(true);
  });
});
