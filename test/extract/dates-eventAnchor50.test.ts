import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: a bare month or a weekday dated from the event its clause tells. */
const piece = (body: string) => `World\n\nPublished: 12 December 2023\n\n${body}\n`;

describe("a whole month borrows a day's year only within that day's paragraph", () => {
  it('given "on 3 September 2020" a paragraph earlier, "arrested in September" is the piece\'s September', () => {
    const text = piece(
      'Her son was captured on 3 September 2020 near the border.\n\nRights groups say dozens are still held, including officials arrested in September.',
    );
    expect(events(text)).toMatchObject({ 'in September': '2023-09' });
  });

  it('given "on 3 September 2020" in the same paragraph, "in September" keeps 2020', () => {
    const text = piece(
      'Her son was captured on 3 September 2020 near the border. His unit had been sent there in September.',
    );
    expect(events(text)).toMatchObject({ 'in September': '2020-09' });
  });
});

describe('a gathering called for a weekday is still to come in a past report', () => {
  const thursday = (body: string) => `World\n\nPublished: 7 December 2023\n\n${body}\n`;

  it('given "have called a new rally for Saturday" in a Thursday piece, Saturday is the coming one', () => {
    const text = thursday('The opposition parties have called a new rally for Saturday in the capital.');
    expect(events(text)).toMatchObject({ Saturday: '2023-12-09' });
  });

  it('given "held a rally on Saturday", Saturday is the one before the piece', () => {
    const text = thursday('The opposition parties held a rally on Saturday in the capital.');
    expect(events(text)).toMatchObject({ 'on Saturday': '2023-12-02' });
  });
});

describe('a bare month dating a gathering its clause does not tell as past is still to come', () => {
  const january = (body: string) => `World\n\nPublished: 25 January 2024\n\n${body}\n`;

  it('given "won backing to host the climate summit in November", November is the coming one', () => {
    const text = january(
      'Azerbaijan won backing to host the climate summit in November, a move Yerevan did not block.',
    );
    expect(events(text)).toMatchObject({ 'in November': '2024-11' });
  });

  it('given "hosted the climate summit in November", November is the last one', () => {
    const text = january('Azerbaijan hosted the climate summit in November, a move Yerevan did not block.');
    expect(events(text)).toMatchObject({ 'in November': '2023-11' });
  });
});

describe("a relative clause's past verb dates the bare month after it, whatever the main clause's modal", () => {
  it('given "must rest on principles that Baku put forward in March", March is the last one', () => {
    const text = `World\n\nPublished: 31 October 2022\n\nAliyev said the treaty must rest on five principles that Baku put forward in March.\n`;
    expect(events(text)).toMatchObject({ 'in March': '2022-03' });
  });
});
