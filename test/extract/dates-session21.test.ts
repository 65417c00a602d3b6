import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

// 2 October 2023 was a Monday; the pieces below are dated that day.
const piece = (body: string) => `The long road out\n\nMonday 2 October 2023\n\n${body}\n`;

describe('a quotation after a scene told in the present on an earlier day speaks from that day', () => {
  it.each([
    [
      'Volunteers hand out bread in Goris on September 28. "We baked 4,000 loaves today and it was not enough," said a baker.',
      'today',
      '2023-09-28',
    ],
    [
      'Families queue for fuel at a station in Stepanakert, 25 September 2023. “There was none left yesterday,” one driver said.',
      'yesterday',
      '2023-09-24',
    ],
    [
      'A Red Cross convoy crosses the Hakari bridge on Sept. 27. "We brought insulin this morning," a medic says.',
      'this morning',
      '2023-09-27',
    ],
  ])('%s → "%s" is %s', (body, written, day) => {
    expect(events(piece(body))).toMatchObject({ [written]: day });
  });

  it('a scene told in the past is no present: "today" stays the piece\'s day', () => {
    expect(
      events(
        piece(
          'Volunteers handed out bread in Goris on September 28. "We baked 4,000 loaves today," a baker said.',
        ),
      ),
    ).toMatchObject({ today: '2023-10-02' });
  });

  it('outside a quotation, or in the next paragraph, "today" is the piece\'s day', () => {
    expect(
      events(piece('Volunteers hand out bread in Goris on September 28. The town council meets today.')),
    ).toMatchObject({ today: '2023-10-02' });
    expect(
      events(
        piece(
          'Volunteers hand out bread in Goris on September 28.\n\n"We baked 4,000 loaves today," a baker said.',
        ),
      ),
    ).toMatchObject({ today: '2023-10-02' });
  });

  it('a day still to come told in the present sets no scene: "the summit opens on Thursday"', () => {
    expect(
      events(piece('The summit opens in Granada on October 5. "We are ready today," an aide said.')),
    ).toMatchObject({ today: '2023-10-02' });
  });
});

describe('"the evening before", "the morning after" count from the day the text gave', () => {
  it.each([
    [
      'Firefighters work at the site of the depot near Stepanakert on September 26. The blast the evening before killed at least 170 people.',
      'the evening before',
      '2023-09-25',
    ],
    [
      'The convoy reached Kornidzor on 28 September. Aid workers who had crossed the night before said the road was jammed.',
      'the night before',
      '2023-09-27',
    ],
    [
      'Shelling hit Martuni on Tuesday, September 19. The morning after, residents began to leave, the ombudsman said.',
      'The morning after',
      '2023-09-20',
    ],
  ])('%s → "%s" is %s', (body, written, day) => {
    expect(events(piece(body))).toMatchObject({ [written]: day });
  });

  it('with an object of its own, or "before last", the phrase names no day', () => {
    const shown = events(
      piece(
        'Talks were held in Brussels on September 26. Leaders met the evening before the vote. Residents left the night before last.',
      ),
    );
    expect(Object.keys(shown).filter((k) => /before/.test(k))).toEqual([]);
  });
});
