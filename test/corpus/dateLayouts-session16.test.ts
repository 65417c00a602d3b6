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
