import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a clause the writer joins after reported content is not what was said', () => {
  it.each([
    [
      'Grant said the council had approved the budget, but he pressed the mayor to cut fees.',
      ['Grant: the council had approved the budget'],
    ],
    [
      'The agency said the road would reopen within a week, but it managed to clear it in two days.',
      ['The agency: the road would reopen within a week'],
    ],
    [
      'Officials said the shelters were full, and they asked families to stay with relatives.',
      ['Officials: the shelters were full'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it.each([
    [
      'Grant said the council had approved the budget, but he would press the mayor to cut fees.',
      ['Grant: the council had approved the budget, but he would press the mayor to cut fees'],
    ],
    [
      'Grant said the council had approved the budget, and it had set aside funds for schools.',
      ['Grant: the council had approved the budget, and it had set aside funds for schools'],
    ],
    [
      'Grant said the council had approved the budget, but the mayor vetoed it.',
      ['Grant: the council had approved the budget, but the mayor vetoed it'],
    ],
  ])('a modal or a named subject may be the speaker’s clause told in the past: %s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});

describe('a noun phrase after a comma that sums up the content is the writer’s', () => {
  it.each([
    [
      'The ministry said 4,200 people had crossed the bridge, the only road out of the valley.',
      ['The ministry: 4,200 people had crossed the bridge'],
    ],
    [
      'The firm said its exports rose to $80 million, an increase of almost a third.',
      ['The firm: its exports rose to $80 million'],
    ],
    [
      'The monitors said the village should be handed back, a recommendation the council adopted.',
      ['The monitors: the village should be handed back'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it.each([
    [
      'The ministry said it had shot down two drones, a helicopter and a plane.',
      ['The ministry: it had shot down two drones, a helicopter and a plane'],
    ],
    [
      'Grant said he met Lena Marsh, the envoy of the mission.',
      ['Grant: he met Lena Marsh, the envoy of the mission'],
    ],
    [
      'Grant said that even in small towns, the turnout was high.',
      ['Grant: even in small towns, the turnout was high'],
    ],
    [
      'Grant said the longer the talks run, the more leverage the mediators gain.',
      ['Grant: the longer the talks run, the more leverage the mediators gain'],
    ],
  ])('a list, a name’s apposition or a clause after the comma is kept: %s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});
