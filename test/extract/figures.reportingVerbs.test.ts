import { describe, expect, it } from 'vitest';
import { reportersOf as reporters } from './figures.helpers.ts';

describe('"indicated" and "counts" report a figure as "said" does', () => {
  it.each([
    [
      'The Red Crescent indicated that it had evacuated 23 wounded patients to the capital.',
      '23',
      'The Red Crescent',
    ],
    ['The Azerbaijani side counts at least 12 civilian dead.', 'at least 12', 'The Azerbaijani side'],
  ])('%s', (sentence, number, reporter) => {
    expect(reporters(sentence)).toEqual([[number, reporter]]);
  });

  it('"the counts" is a noun: no one reports by it', () => {
    expect(reporters('The counts differ: at least 12 civilians were killed.')).toEqual([
      ['at least 12', null],
    ]);
  });
});

describe('a clause on a noun with no "that" reports nothing of its own', () => {
  it('"the first such death they have reported" makes no "they" the reporter: the officials who said it are', () => {
    expect(
      reporters(
        'Officials in the capital, Goris, said on Tuesday that one man had died of hunger, the first such death they have reported this year.',
      ),
    ).toEqual([['one', 'Officials in the capital, Goris']]);
  });
});

describe('"assured" and "state" report a figure as "said" does', () => {
  it.each([
    [
      'The regional ombudsman, Lilit Harutyunyan, assured that at least 40 people died in the shelling.',
      'at least 40',
      'Lilit Harutyunyan',
    ],
    [
      'The local authorities state that more than 900 people have fled their homes in the valley.',
      'more than 900',
      'The local authorities',
    ],
  ])('%s', (sentence, number, reporter) => {
    expect(reporters(sentence)[0]?.[0]).toBe(number);
    expect(reporters(sentence)[0]?.[1]).toContain(reporter);
  });

  it('"state" before a noun is no verb: the source comes after', () => {
    expect(
      reporters(
        'Four soldiers were killed in clashes on the Armenia-Azerbaijan state border, the ministry said.',
      ),
    ).toEqual([['Four', 'the ministry']]);
  });

  it('"the state" is a noun: no one reports by it', () => {
    expect(reporters('In the state that borders the valley, 12 people are missing.')).toEqual([['12', null]]);
  });
});

describe('a body that gives its own account reports the toll told next with "it"', () => {
  it.each([
    [
      "Azerbaijan's Defence Ministry gave a different account. It claimed that two Azerbaijani soldiers had been killed in the exchange.",
      'two',
      "Azerbaijan's Defence Ministry",
    ],
    [
      'The Armenian Defense Ministry gave its own version. It said that one Armenian soldier had been killed.',
      'one',
      'The Armenian Defense Ministry',
    ],
  ])('%s', (text, number, reporter) => {
    expect(reporters(text)).toEqual([[number, reporter]]);
  });
});

describe('a relative clause on a body reports for it', () => {
  it('"X, which reported 50 of its own servicemen killed, …": the reporter is X, not "which"', () => {
    expect(
      reporters(
        "Azerbaijan's Defense Ministry, which reported 50 of its own servicemen killed, gave a different version.",
      ),
    ).toEqual([['50', "Azerbaijan's Defense Ministry"]]);
  });
});

describe('a saying clause joined after a count reports only what it says', () => {
  it('given "… killed nearly 300 soldiers on both sides, and the Armenian government says more than 200 of them were Armenian", the total has no reporter and the part is the government\'s', () => {
    expect(
      reporters(
        'Border clashes last September killed nearly 300 soldiers on both sides, and the Armenian government says more than 200 of them were Armenian.',
      ),
    ).toEqual([
      ['nearly 300', null],
      ['more than 200', 'the Armenian government'],
    ]);
  });

  it('given "The shelling killed 12 civilians, and the ministry said on Tuesday.", the ministry still reports the 12', () => {
    expect(reporters('The shelling killed 12 civilians, and the ministry said on Tuesday.')).toEqual([
      ['12', 'the ministry'],
    ]);
  });
});
