import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * Some of the hurt moved by air: "N of the (most badly) burned/injured have been flown to …" counts an
 * evacuation, not a second toll of the wounded. Sentences written for these tests.
 */
describe('some of the hurt, flown out, are evacuated', () => {
  it.each([
    [
      "The region's health ministry says 45 of the most badly burned have been flown to hospitals in Tbilisi.",
      ['evacuated', '45', "The region's health ministry"],
    ],
    [
      'Doctors said 12 of the seriously injured were airlifted to the capital overnight.',
      ['evacuated', '12', 'Doctors'],
    ],
    ['Officials said 40 of the wounded had already been flown to Ankara.', ['evacuated', '40', 'Officials']],
  ])('%s', (text, figure) => {
    expect(figuresOf(text)).toEqual([figure]);
  });

  it('beside the toll they are part of, the wounded stay counted once', () => {
    expect(
      figuresOf(
        'The blast injured more than 90 people, the mayor said, with 30 of the injured flown to the capital.',
      ),
    ).toEqual([
      ['wounded', 'more than 90', 'the mayor'],
      ['evacuated', '30', 'the mayor'],
    ]);
  });

  it('troops flown somewhere are no evacuation, and "of the injured" alone is still the wounded', () => {
    expect(figuresOf('About 400 soldiers were flown to the border on Sunday.')).toEqual([]);
    expect(figuresOf('At least 38 of the injured were children, the ministry said.')).toEqual([
      ['wounded', 'At least 38', 'the ministry'],
    ]);
  });
});

/** An agency that moves the hurt evacuates them, however their hurt is graded or wherever it takes them. */
describe('the hurt, moved by those who carry them, are evacuated', () => {
  it.each([
    [
      'The Red Crescent said it had evacuated 14 of the most seriously wounded to Baku by helicopter.',
      ['evacuated', '14', 'The Red Crescent'],
    ],
    [
      'Medecins Sans Frontieres said its teams had helped transfer 9 critically injured patients across the border on Friday.',
      ['evacuated', '9', 'Medecins Sans Frontieres'],
    ],
  ])('%s', (text, figure) => {
    expect(figuresOf(text)).toEqual([figure]);
  });

  it('soldiers moved across a front line are no evacuation', () => {
    expect(figuresOf('Twelve soldiers were moved across the front line.')).toEqual([]);
  });
});
