import { describe, expect, it } from 'vitest';
import { isNounPhrase } from '../../src/extract/statements/nounPhrase.ts';
import { verbGroupStart } from '../../src/extract/statements/verbGroup.ts';
import { saidInPiece } from './statements.helpers.ts';

describe('an auxiliary and the adverbials after it belong to the verb, not to the speaker', () => {
  it.each([
    [
      'Azerbaijani officials have often argued that the corridor would open trade for the whole region.',
      'Azerbaijani officials: the corridor would open trade for the whole region',
    ],
    [
      'Mr. Mirzoyan has long said that a peace treaty is within reach.',
      'Mr. Mirzoyan: a peace treaty is within reach',
    ],
    [
      'The villagers’ elected representatives have in the past said the road was unsafe after dark.',
      'The villagers’ elected representatives: the road was unsafe after dark',
    ],
    [
      'Opposition deputies in Yerevan have at times claimed the ceasefire was never observed.',
      'Opposition deputies in Yerevan: the ceasefire was never observed',
    ],
    [
      'Grigoryan spoke to the crowd for an hour. He’s since said the border talks had stalled.',
      'He: the border talks had stalled',
    ],
  ])('%s', (text, said) => {
    expect(saidInPiece(text)).toContain(said);
  });

  it.each([['The mayor had little good'], ['The minister could'], ['Aliyev and his envoys']])(
    'no verb group to cut in "%s"',
    (before) => {
      expect(verbGroupStart(before)).toBeNull();
    },
  );

  it('a modal saying is nothing said yet', () => {
    expect(saidInPiece('Baku might argue that the deadline has passed.')).toEqual([]);
  });

  it('the verb group starts at the auxiliary', () => {
    expect(verbGroupStart('Baku has often')).toBe('Baku '.length);
    expect(verbGroupStart('he’s')).toBe(2);
  });
});

describe('a possessor is the determiner of the noun after it, and a noun tagged as a verb inside a compound is a noun', () => {
  it.each([
    ['Pashinyan’s most vocal critics'],
    ["the ministry's new spokeswoman"],
    ['The villagers’ elected representatives'],
    ['Monitors from the mine clearance agency'],
    ['Aliyev’s'],
  ])('"%s" is a noun phrase', (phrase) => {
    expect(isNounPhrase(phrase)).toBe(true);
  });

  it.each([['Mirzoyan said'], ['the ministry’s officials said yesterday']])('"%s" is none', (phrase) => {
    expect(isNounPhrase(phrase)).toBe(false);
  });

  it.each([
    [
      'In Yerevan, Pashinyan’s most vocal critics insist that the border deal was signed in haste.',
      'Pashinyan’s most vocal critics: the border deal was signed in haste',
    ],
    [
      'Some advocates for displaced families said that the new housing rules left many out.',
      'Some advocates for displaced families: the new housing rules left many out',
    ],
  ])('%s', (text, said) => {
    expect(saidInPiece(text)).toContain(said);
  });
});

describe('a participle of saying hangs on the clause before an appositive or a second predicate', () => {
  it.each([
    [
      'Mirzoyan wrote to Jeyhun Bayramov, his Azerbaijani counterpart, saying the talks could not go on under threat.',
      'Mirzoyan: the talks could not go on under threat',
    ],
    [
      'The envoy met the villagers in Tegh, and answered their questions for an hour, saying the road would reopen within days.',
      'The envoy: the road would reopen within days',
    ],
  ])('%s', (text, said) => {
    expect(saidInPiece(text)).toContain(said);
  });

  it('a noun phrase after an opening adverbial is the subject, not an appositive', () => {
    expect(
      saidInPiece('Two days later, the ministry, saying that the border was calm, reopened the crossing.'),
    ).not.toContain('Two days later: the border was calm');
  });
});

describe('a saying inside a relative clause whose relative word is the subject of what was said', () => {
  it('the quoted words inside the predicate are what was said', () => {
    expect(
      saidInPiece(
        'Mevlut Cavusoglu visited the camp on Monday and praised the evacuation, which he said had been run “with great care”.',
      ),
    ).toContain('he: with great care');
  });

  it.each([
    [
      'Nikol Pashinyan spoke for an hour in Gyumri. He listed the new checkpoints, which he said had cut smuggling by half.',
      'he: had cut smuggling by half',
    ],
    [
      'The convoy crossed the bridge on Friday, which diplomats in Tbilisi said was the first crossing since June.',
      'diplomats in Tbilisi: was the first crossing since June',
    ],
    [
      'Parliament passed a media law that opposition deputies argued was aimed at silencing critics.',
      'opposition deputies: was aimed at silencing critics',
    ],
  ])('%s', (text, said) => {
    expect(saidInPiece(text)).toContain(said);
  });

  it.each([
    ['Grigoryan defended the plan that he has said he would table before the summit.'],
    ['The minister dismissed the report, which I said was flawed.'],
  ])('no such saying in "%s"', (text) => {
    expect(saidInPiece(text).filter((s) => /^(?:he|I): (?:would|was)/.test(s))).toEqual([]);
  });
});
