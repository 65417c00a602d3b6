import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests, each dated by its line under the headline. */
const piece = (stamp: string, body: string) => `Envoys meet on the border\n\n${stamp}\n\n${body}\n`;

describe('a bare month after a past implicative verb ("failed to", "refused to")', () => {
  it('"had failed to shield the villagers" in October, told in May: last October', () => {
    const text = piece(
      '14 May 2024',
      'The ombudsman said on Monday that the monitors had "failed to shield the villagers of the valley" in October.',
    );
    expect(events(text)).toMatchObject({ 'in October': '2023-10' });
  });

  it('"refused to open the crossing in August", told in March: last August', () => {
    const text = piece(
      '20 March 2024',
      'The governor said the guards refused to open the crossing in August.',
    );
    expect(events(text)).toMatchObject({ 'in August': '2023-08' });
  });

  it('"tried to leave the town before the talks in August", told in June: the talks may be to come (this August)', () => {
    const text = piece('20 June 2024', 'The convoy tried to leave the town before the talks in August.');
    expect(events(text)).toMatchObject({ 'in August': '2024-08' });
  });
});

describe('a bare season after a present verb of intent ("wants to", "hopes to")', () => {
  it('"wants to bring them together again in the spring", told in October: next spring', () => {
    const text = piece(
      '8 October 2023',
      'The mediator wants to bring the two foreign ministers together again in the spring.',
    );
    expect(events(text)).toMatchObject({ 'in the spring': 'spring 2024' });
  });

  it('"hopes to reopen the school in the summer", told in November: next summer', () => {
    const text = piece('12 November 2023', 'The mayor hopes to reopen the school in the summer.');
    expect(events(text)).toMatchObject({ 'in the summer': 'summer 2024' });
  });

  it('"wanted to …" (a past intent) is no future: the spring already past', () => {
    const text = piece(
      '8 October 2023',
      'The mediator wanted to bring the two ministers together in the spring.',
    );
    expect(events(text)).toMatchObject({ 'in the spring': 'spring 2023' });
  });
});
