import { describe, expect, it } from 'vitest';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

describe('a dotted stamp whose order only the prose shows', () => {
  // 02.06.2023 is Friday 2 June read day first, Monday 6 February read month first.
  const piece = (lead: string) =>
    `Border talks close in Geneva\n\n02.06.2023, 18:40\n\n${lead}\n\nOn May 24 the envoys had exchanged drafts.\n`;

  it('is read as the lead’s weekday tells, a story days long closing on the piece’s day', () => {
    const text = piece(
      'Three days of talks between the two delegations, which opened on Wednesday, ended on Friday in Geneva.',
    );
    expect(timelineOf(text).reference).toMatchObject({ year: 2023, month: 6, day: 2 });
    expect(events(text)).toMatchObject({ 'on Wednesday': '2023-05-31', 'on Friday': '2023-06-02' });
  });

  it('falls back on the prose’s order when the lead names no weekday', () => {
    const text = piece('The two delegations ended their talks in Geneva after three days of meetings.');
    expect(timelineOf(text).reference).toMatchObject({ year: 2023, month: 2, day: 6 });
  });
});
