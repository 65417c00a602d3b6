import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

const LEAD =
  'Officials said yesterday that the crossing had been closed since Sunday, and aid arrived last night.\n';

describe("a monitoring service's press review names its day like an edition", () => {
  it.each([
    ['Azerbaijani press review, 3 March 2024', '2024-03-03'],
    ['Georgian media review – 3 March 2024', '2024-03-03'],
    ['Russian press review of 03.03.2024', '2024-03-03'],
  ])('under a service name: %s → published %s, and the body is dated from it', (line, day) => {
    const text = `REGIONAL MEDIA WATCH\n\n${line}\n\nCompiled by the desk. Summaries of the dailies.\n\n${LEAD}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toMatchObject({ yesterday: '2024-03-02', 'last night': '2024-03-02/03' });
  });

  it.each(['A review of what the papers said about the war, 3 March 2024', 'Press review, March 2024'])(
    'a long label or no full day: %s → no date',
    (line) => {
      expect(published(`REGIONAL MEDIA WATCH\n\n${line}\n\n${LEAD}`)).toBeNull();
    },
  );
});

describe("a broadcast rundown's slot line: the show, its item, its day", () => {
  it.each([
    ['RUNDOWN: EVENING BULLETIN 21:00 | ITEM 03 | WED 13 DEC 2023', '2023-12-13'],
    ['Programme: World Tonight | Item 4 | Wednesday 13 December 2023', '2023-12-13'],
    ['LATE NEWS 22:30 | STORY 7 | 13 DEC 2023', '2023-12-13'],
    ['Page 4 | 13 December 2023', '2023-12-13'],
  ])('%s → published %s', (line, day) => {
    const text = `CITY TELEVISION NEWS\n${line}\nSLUG: BORDER-TALKS\n\nANCHOR: ${LEAD}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toMatchObject({ yesterday: '2023-12-12', 'last night': '2023-12-12/13' });
  });

  it.each([
    'RUNDOWN: EVENING BULLETIN 21:00 | ITEM 03 | DEC 13',
    'The talks resumed on the border | Dec 12 | 13 December 2023',
  ])('no full day, or a part that is another date: %s → no date', (line) => {
    expect(published(`CITY TELEVISION NEWS\n${line}\n\nANCHOR: ${LEAD}`)).toBeNull();
  });
});

describe('a "filed" stamp names the day a recap or a story was filed', () => {
  it.each([
    ['Recap filed: September 15, 2023, by Capitol Hearing Watch staff (J. Doe)', '2023-09-15'],
    ['Filed: 15 September 2023', '2023-09-15'],
    ['Story filed on: Sept. 15, 2023 by Anna Petrosyan', '2023-09-15'],
  ])('%s → published %s', (line, day) => {
    const text = `HEARING RECAP\n\nThe future of the corridor\n${line}\n\nWITNESS\n\n${LEAD}`;
    expect(published(text)).toBe(day);
  });

  it('a keyed event line ("Date of hearing:") is not the day the recap was filed', () => {
    const text =
      'HEARING RECAP\n\nThe future of the corridor\nDate of hearing: Thursday, September 14, 2023, 2:30 PM | Room 419\n' +
      `Recap filed: September 15, 2023, by the staff\n\n${LEAD}`;
    expect(published(text)).toBe('2023-09-15');
  });

  it.each(['Filed: September 2023, by the staff', 'Recap filed: soon after the hearing, by the staff'])(
    'no full day: %s → no date',
    (line) => {
      expect(published(`HEARING RECAP\n\nThe future of the corridor\n${line}\n\n${LEAD}`)).toBeNull();
    },
  );
});
