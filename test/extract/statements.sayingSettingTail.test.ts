import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('the setting of the saying, put after the content, is not what was said', () => {
  it.each([
    [
      'Two officials said the meeting had gone well on condition of anonymity because they were not allowed to discuss it.',
      ['Two officials: the meeting had gone well'],
    ],
    [
      'A police officer said the road was closed, on the condition that he not be named.',
      ['A police officer: the road was closed'],
    ],
    [
      'Pashinyan said the border talks would resume on Thursday’s “Evening Hour” program.',
      ['Pashinyan: the border talks would resume'],
    ],
    [
      'Aliyev said the corridor would open soon on Monday’s broadcast of AzTV’s “Weekly Review.”',
      ['Aliyev: the corridor would open soon'],
    ],
    [
      'Mirzoyan said the treaty text was nearly agreed on Tuesday at a university forum in Yerevan.',
      ['Mirzoyan: the treaty text was nearly agreed'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});

describe('a day after a noun-phrase content dates the saying, not the thing named', () => {
  it.each([
    [
      'The minister stressed the need for direct talks on Tuesday.',
      ['The minister: the need for direct talks'],
    ],
    [
      'The envoy reiterated his support for the talks on Wednesday.',
      ['The envoy: his support for the talks'],
    ],
    [
      'The envoy acknowledged the scale of the losses in the war earlier Sunday.',
      ['The envoy: the scale of the losses in the war'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it.each([
    [
      'The ministry said the talks would resume on Tuesday.',
      ['The ministry: the talks would resume on Tuesday'],
    ],
    [
      'The mayor said the shelters were opened at a meeting in the school.',
      ['The mayor: the shelters were opened at a meeting in the school'],
    ],
  ])('a clause keeps its own time and place: %s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});

describe('after a parenthetical attribution, the writer’s note on a complete clause is not what was said', () => {
  it.each([
    [
      'The ceasefire would hold through the winter, Mirzoyan said, a view that few in Baku share.',
      ['Mirzoyan: The ceasefire would hold through the winter'],
    ],
    [
      'Aid convoys would be let through the corridor, the ministry said, two days after the first trucks were turned back.',
      ['the ministry: Aid convoys would be let through the corridor'],
    ],
    [
      'The only problem, Hakobyan said, is that the road is still closed.',
      ['Hakobyan: The only problem … is that the road is still closed'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});
