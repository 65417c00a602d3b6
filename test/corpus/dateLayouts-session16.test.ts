import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

const BODY =
  'Officials said yesterday that the crossing had been closed since Sunday, and aid arrived on Wednesday night.\n';

describe('a stamp line: the date, then a time and the outlet set off by commas', () => {
  it.each([
    ['Saturday September 30 2023, 12.01am, The Times', '2023-09-30'],
    ['September 30, 2023, 9:15 PM, Evening Standard', '2023-09-30'],
    ['30 September 2023, 08:40', '2023-09-30'],
  ])('%s → published %s, and the body is dated from it', (line, day) => {
    const text =
      'WORLD | EUROPE\n\nThe last convoys leave the valley\n\nThe border town is struggling to cope\n\n' +
      `Jane Morrow, Goris\n${line}\n\n${BODY}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toMatchObject({ yesterday: '2023-09-29', 'on Wednesday night': '2023-09-27' });
  });

  it('a date opening a headline-like line of words is no stamp', () => {
    const text =
      'September 30 2023, The Day The Valley Emptied Out\n\nThe families who left say they have no plans to return.\n';
    expect(published(text)).toBeNull();
  });
});

describe('a keyed stamp names the kind of page it dates', () => {
  it.each([
    ['Summary posted January 11, 2024', '2024-01-11'],
    ['Transcript published 11 January 2024', '2024-01-11'],
    ['Story posted on Jan. 11, 2024', '2024-01-11'],
  ])('%s wins over an event line above it', (stamp, day) => {
    const text =
      'Policy Institute\n\nEVENT SUMMARY\n\nWhat next for the region?\n\nTuesday, January 9, 2024 | Online\n\n' +
      `${stamp}\n\nThe institute hosted a panel on the consequences of the war. Below are the main points.\n`;
    expect(published(text)).toBe(day);
  });
});
