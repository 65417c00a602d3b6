import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

describe('"voiced" is the act "expressed" is', () => {
  it.each(['voiced', 'expressed'])('"Norway %s "deep alarm" …": the quoted feeling is said', (verb) => {
    const text = `Norway on Friday ${verb} "deep alarm" at the shelling of the town.`;
    expect(idsAndWords(text)).toEqual([{ id: 'text:norway', said: 'deep alarm' }]);
  });

  it.each(['voiced', 'expressed'])(
    '"%s concern over the plan for the so-called "…"": a scare quote in the topic is no words',
    (verb) => {
      const text = `Officials in Tehran have long ${verb} concern over the plan for the so-called "northern route", a road that would bypass the valley.`;
      expect(idsAndWords(text)).toEqual([]);
    },
  );
});

describe('a closing tail with a base form that is also a noun', () => {
  it.each(['report', 'claim', 'note'])('"…, local authorities %s.": the authorities', (verb) => {
    const text = `The pass has been closed to all trucks since the spring, local authorities ${verb}.`;
    expect(idsAndWords(text)).toEqual([
      { id: 'text:local-authorities', said: 'The pass has been closed to all trucks since the spring' },
    ]);
  });

  it('"…, a UN report." names a document, no speaker', () => {
    const text = 'The pass has been closed to all trucks since the spring, a UN report.';
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('"told" takes an audience named by its country', () => {
  it.each(['reporters', 'Georgian media', 'local television'])('"…, officials told %s."', (audience) => {
    const text = `More than 900 families were moved to the school, regional officials told ${audience}.`;
    expect(idsAndWords(text)).toEqual([
      { id: 'text:regional-officials', said: 'More than 900 families were moved to the school' },
    ]);
  });
});

describe('a fronted phrase after a thinking verb\'s "that" opens what was thought', () => {
  it.each(['believes', 'thinks', 'said'])('"X %s that for Georgia, …"', (verb) => {
    const text = `Economist Lela Beridze ${verb} that for Georgia, the new port is a chance to grow.`;
    expect(idsAndWords(text)).toEqual([
      { id: 'text:lela-beridze', said: 'for Georgia, the new port is a chance to grow' },
    ]);
  });
});

describe('"about" before a number hedges a count, no topic', () => {
  it.each(['said', 'said that', 'informed that'])('"The rebels %s about 40,000 people remain …"', (verb) => {
    const text = `The rebel authorities ${verb} about 40,000 people remain without power.`;
    expect(idsAndWords(text).map((s) => s.said)).toEqual(['about 40,000 people remain without power']);
  });

  it('"said nothing about the plan" stays no statement', () => {
    expect(idsAndWords('The ministry said nothing about the plan.')).toEqual([]);
  });
});
