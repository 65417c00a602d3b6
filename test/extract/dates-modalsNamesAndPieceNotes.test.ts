import { describe, expect, it } from 'vitest';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** A piece dated Tuesday 5 March 2024 by its stamp line. */
const piece = (body: string) => `Floods cut off the valley\n\nMarch 5, 2024, 10:12 AM EST\n\n${body}\n`;

describe('a modal, a linking verb and a participle: the state is still to come', () => {
  it.each([
    ['Schools in the town would stay closed on Wednesday, the mayor said.', 'on Wednesday', '2024-03-06'],
    ['The border crossing will remain shut on Friday, officials told reporters.', 'on Friday', '2024-03-08'],
    ['The ministry said the road would be reopened on Thursday.', 'on Thursday', '2024-03-07'],
    ["The mission's office will not be opened on Monday, a spokeswoman said.", 'on Monday', '2024-03-11'],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it('a past participle after a past verb is still past', () => {
    expect(events(piece('The bridge was closed on Monday, police said.'))).toMatchObject({
      'on Monday': '2024-03-04',
    });
  });
});

describe('a year naming a document after "on" or "in" and its determiner is still a name', () => {
  it.each([
    ['He said the border must be based on the 1991 Almaty Declaration.', 'on the 1991 Almaty Declaration'],
    ['The transit rules are set out in the 2021 agreement, the ministry said.', 'in the 2021 agreement'],
  ])('%s → "%s" names the document', (sentence, written) => {
    const t = timelineOf(piece(sentence));
    expect(t.mentions.find((m) => m.text === written)?.role).toBe('name');
    expect(Object.keys(events(piece(sentence)))).not.toContain(written);
  });

  it.each([
    ['The treaty was signed in 1991, officials said.', 'in 1991', '1991'],
    ['Talks resumed on March 1, the ministry said.', 'on March 1', '2024-03-01'],
  ])('a date after the preposition stays an event: %s', (sentence, written, date) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: date });
  });
});

describe('a note about the piece itself dates the piece, never an event', () => {
  const story = (note: string) =>
    `Families leave the valley as the road reopens\n\nBuses left the town on Tuesday, officials said.\n\n"We will come back," one woman said.\n\n${note}\n`;
  it.each([
    'This article was first published on September 19, 2023.',
    'Originally published by Mountain Times on 19 Sep 2023.',
    '*This story was originally published in Armenian on 19 September 2023.*',
    'The original report was first published on Sept. 19, 2023, by a partner site.',
    'This report by The Caucasus Wire was first published Sept. 19, 2023.',
    'This story from Mountain Times was originally published on 19 September 2023.',
  ])('%s → the piece is dated 2023-09-19, and its Tuesday with it', (note) => {
    const t = timelineOf(story(note));
    expect(t.reference).toMatchObject({ year: 2023, month: 9, day: 19 });
    expect(events(story(note))).toEqual({ 'on Tuesday': '2023-09-19' });
  });

  it("a print edition's day dates the piece only when nothing else does", () => {
    const note = 'A version of this article appears in print on Sept. 20, 2023, Section A, Page 8.';
    expect(timelineOf(story(note)).reference).toMatchObject({ year: 2023, month: 9, day: 20 });
    expect(timelineOf(`${piece('Buses left the town on Tuesday.')}\n${note}\n`).reference).toMatchObject({
      year: 2024,
      month: 3,
      day: 5,
    });
  });

  it.each([
    'The report was first published on September 19, 2023, the ministry said.',
    'The ministry said the figures were first published on September 19, 2023.',
    'This report by the ombudsman was published on September 19, 2023.',
  ])('a report the piece tells about stays an event: %s', (sentence) => {
    expect(events(piece(sentence))).toHaveProperty(['on September 19, 2023'], '2023-09-19');
  });
});

describe('a part of May: "May" after "early", "mid" or "late" is the month, never the modal verb', () => {
  it.each([
    ['Officials said in early May that the road would close.', 'in early May', '2023-05'],
    ['The talks stalled in mid-May, diplomats said.', 'in mid-May', '2023-05'],
    ['The last convoy crossed in late May 2023.', 'in late May 2023', '2023-05'],
  ])('%s → "%s" %s', (sentence, written, month) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: month });
  });

  it('"the late May Ellis" is a person', () => {
    expect(events(piece('A song by the late May Ellis opened the vigil on Monday.'))).not.toHaveProperty(
      'May Ellis',
    );
  });
});
