import { describe, expect, it } from 'vitest';
import { datesShown, publishedOn, timelineOfText } from './dates.helpers.ts';

/** Sentences written for these tests, in a piece dated Thursday 14 March 2024. */
const DATED = publishedOn(2024, 3, 14);

const datesOf = (text: string) => datesShown(timelineOfText(text, DATED));

describe('"later that morning" two paragraphs after its day, the other side\'s account between', () => {
  const story = (between: string) =>
    [
      'Two herders were hurt in a skirmish near the dam, the regional council says.',
      'The council said early on March 11 that guards had fired across the river at dawn.',
      between,
      'Both sides agreed to stop shooting later that morning, the council said. The river was calm by the afternoon.',
    ].join('\n\n');

  it("dates the parts of the day from the story's day when the paragraph between tells no date", () => {
    const shown = datesOf(
      story('The other side said its guards had only answered fire and blamed the council.'),
    );
    expect(shown).toMatchObject({ 'that morning': '2024-03-11', 'by the afternoon': '2024-03-11' });
  });

  it('does not reach past a paragraph that narrates a step of its own', () => {
    const shown = datesOf(story('Engineers repaired the sluice gate.'));
    expect(shown['that morning']).not.toBe('2024-03-11');
  });

  it('does not reach past a paragraph that tells a date of its own', () => {
    const shown = datesOf(story('The other side said on Tuesday that its guards had only answered fire.'));
    expect(shown['that morning']).not.toBe('2024-03-11');
  });

  it('does not resume a later reporting day two paragraphs back', () => {
    const shown = datesOf(
      [
        'Four guards were killed on Sunday in a clash at the dam.',
        'The ministry told reporters on Monday that it had opened an inquiry.',
        'The other side called the clash a provocation and blamed the ministry.',
        'A witness said the bodies were handed over the same evening.',
      ].join('\n\n'),
    );
    expect(shown).not.toHaveProperty('the same evening', '2024-03-11');
  });
});

describe('"Two days after <event>," opening its sentence counts from the day its main clause tells', () => {
  it("dates the event that many days before the main clause's day", () => {
    expect(
      datesOf(
        'Two days after a truce agreed on Monday night, the pass was open again on Wednesday, officials said.',
      ),
    ).toMatchObject({ 'Two days after': '2024-03-11', 'on Wednesday': '2024-03-13' });
  });

  it('counts forward for "before"', () => {
    expect(datesOf('Three days before the vote, the minister resigned on Monday.')).toMatchObject({
      'Three days before': '2024-03-14',
    });
  });

  it('with no day in its main clause, the phrase is left undated', () => {
    expect(datesOf('Two days after the clashes, the pass is still closed.')).not.toHaveProperty(
      'Two days after',
    );
  });

  it("a day inside a relative clause after the comma is the event's, not the main clause's", () => {
    expect(
      datesOf('Two days after the clashes, which began on Monday, the leaders spoke by phone.'),
    ).not.toHaveProperty('Two days after');
  });
});

describe('"overnight" told as past runs into the day its own sentence tells', () => {
  it("is the night into that day, not into the piece's", () => {
    expect(
      datesOf(
        'The ministry said on Tuesday that six soldiers had been killed in overnight shelling near the dam.',
      ),
    ).toMatchObject({ 'on Tuesday': '2024-03-12', overnight: '2024-03-11/12' });
  });

  it('coordinated after a day ("on Wednesday and overnight"), it is the night after that day', () => {
    expect(datesOf('Here is what officials posted on Wednesday and overnight.')).toMatchObject({
      overnight: '2024-03-13/14',
    });
  });

  it("with no day in its sentence, it is the night into the piece's day", () => {
    expect(datesOf('Six soldiers were killed in shelling overnight, the ministry said.')).toMatchObject({
      overnight: '2024-03-13/14',
    });
  });
});
