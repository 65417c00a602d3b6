import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('"…, but according to X, …": after a conjunction the source vouches for its own clause only', () => {
  it('"but according to the ministry, …" → the ministry says the clause after it', () => {
    const text = 'A truce took effect at dawn, but according to the ministry, it was broken twice by noon.';
    expect(speakersAndQuotes(text)).toEqual([['text:ministry', 'it was broken twice by noon']]);
  });

  it('"; according to X, …" → X says the clause after the semicolon', () => {
    const text = 'The town changed hands in a day; according to the border service, 4,000 people left it.';
    expect(speakersAndQuotes(text)).toEqual([['text:border-service', '4,000 people left it']]);
  });

  it('"However, according to X, …" → X says what follows', () => {
    const text = 'The army gave no figures. However, according to local media, two villages were shelled.';
    expect(speakersAndQuotes(text)).toEqual([['text:local-media', 'two villages were shelled']]);
  });

  it('"…, when, according to X, …" → X says the when-clause, not the writer\'s main clause', () => {
    const text = 'The worst clash came in March, when, according to the ministry, three guards were killed.';
    expect(speakersAndQuotes(text)).toEqual([['text:ministry', 'three guards were killed']]);
  });
});
