import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

const piece = (stamp: string, body: string) => `Mine clearance slows in the south\n\n${stamp}\n\n${body}\n`;
const roleOf = (text: string, written: string) =>
  timelineOf(text).mentions.find((m) => m.text === written)?.role;

describe('a year or decade naming a past event is a name, not the date of what the sentence tells', () => {
  it.each([
    ['Most of the mines were laid during the 2020 war, the agency said.', 'during the 2020 war'],
    ['Since the end of their 2020 war, 300 people have been hurt by mines.', 'their 2020 war'],
    ['The road has been closed since the 1994 ceasefire, residents say.', 'since the 1994 ceasefire'],
    ["Veterans of Azerbaijan's 2023 offensive marched in Baku.", "Azerbaijan's 2023 offensive"],
    ['About 3,800 soldiers were killed in the 44-day war of 2020, Yerevan says.', 'of 2020'],
    ['The wounded of the clashes of 2022 were flown to Yerevan.', 'of 2022'],
  ])('%s → "%s" names the event', (sentence, written) => {
    const text = piece('4 June 2024', sentence);
    expect(roleOf(text, written)).toBe('name');
    expect(events(text)).toEqual({});
  });

  it('a list after the named decade names its years too: "the conflicts of the 1990s and 2020"', () => {
    const text = piece(
      '26 July 2023',
      'The ICRC seeks 4,500 people missing from the conflicts of the 1990s and 2020.',
    );
    expect(roleOf(text, 'the 1990s')).toBe('name');
    expect(roleOf(text, '2020')).toBe('name');
    expect(events(text)).toEqual({});
  });

  it.each([
    ['Villages changed hands in the war in 2020, residents said.', 'in 2020', '2020'],
    ['The fighting in September 2023 emptied the region.', 'in September 2023', '2023-09'],
    ['The explosion of 25 September 2023 killed 218 people.', '25 September 2023', '2023-09-25'],
    // Session 52 (CONVENTIONS row AO): a month and year after "of" dates the event as a day does.
    ['Kirants still remembers the shelling of May 2021, when two houses burned.', 'May 2021', '2021-05'],
    [
      'The toll is the highest since the fighting of September 2022, an analyst said.',
      'September 2022',
      '2022-09',
    ],
    ['The 2024 elections will be held under new rules, the commission said.', 'The 2024 elections', '2024'],
    ['The border has been closed since 1993, the ministry said.', 'since 1993', '1993'],
  ])('an adjunct, a month or an event still to come stays dated: %s', (sentence, written, date) => {
    expect(events(piece('4 June 2024', sentence))).toMatchObject({ [written]: date });
  });

  it('still tells the year of a piece dated without one: the war it names is over', () => {
    // 29 September is a Friday in 2017 and 2023; "the war of 2020" is past, so only 2023 fits before 2024.
    const text =
      'Refugees reach Goris\n\nMany had fled once already, in the war of 2020. The convoy left on Friday 29 September, ' +
      'officials said. The last families are to leave by 1 January 2024.\n';
    const left = timelineOf(text).mentions.find((m) => m.text === 'on Friday 29 September')!;
    expect(formatSourceDate(left.date)).toBe('2023-09-29');
  });
});

describe('"overnight" told as past is the night into the day the piece speaks from', () => {
  it.each([
    ['Stepanakert and Shushi were shelled overnight, the emergency service said.', '2020-10-07/08'],
    ['In Yerevan, protesters stormed the parliament overnight, according to local media.', '2020-10-07/08'],
    ['No violations of the truce were recorded overnight, the ministry said on Thursday.', '2020-10-07/08'],
    ['A drone struck a fuel depot near Martuni overnight and set it ablaze.', '2020-10-07/08'],
  ])('%s → %s', (sentence, night) => {
    expect(events(piece('Society 8 October 2020 18:22', sentence))).toMatchObject({ overnight: night });
  });

  it.each([
    'Life in the town changed almost overnight when the road was cut.',
    'A peace deal will not happen overnight, the envoy warned.',
    'An overnight curfew was imposed in the border villages.',
    'The convoy is to travel overnight to Goris, officials said.',
    'Armenia would have to house a tenth of its people overnight.',
  ])('"suddenly", an adjective, or a night still to come is no date: %s', (sentence) => {
    expect(events(piece('Society 8 October 2020 18:22', sentence))).toEqual({});
  });
});

describe('"earlier in the day" is the day the narrative stands on, else the piece\'s own', () => {
  it.each([
    ['Pashinyan spoke by phone with Macron earlier in the day, his office reported.', '2022-09-13'],
    ['Later in the day, the ministry said, the shelling stopped.', '2022-09-13'],
  ])("with no day told before: %s → the piece's day", (sentence, day) => {
    const [written] = Object.keys(events(piece('Politics 13 September 2022, 18:40', sentence)));
    expect(events(piece('Politics 13 September 2022, 18:40', sentence))).toEqual({ [written!]: day });
  });

  it('after a day the text told: that day', () => {
    const text = piece(
      'Politics 13 September 2022, 18:40',
      'The attack began on Monday, the ministry said. Earlier in the day, two posts had been shelled.',
    );
    expect(events(text)).toMatchObject({ 'on Monday': '2022-09-12', 'Earlier in the day': '2022-09-12' });
  });

  it('not after a day still to come: "schools would stay closed on Wednesday"', () => {
    const text = piece(
      'Politics 13 September 2022, 18:40',
      'Schools would stay closed on Wednesday, he said. Mines killed two officers earlier in the day, the ministry said.',
    );
    expect(events(text)).toMatchObject({ 'on Wednesday': '2022-09-14', 'earlier in the day': '2022-09-13' });
  });
});

describe('the start, middle or end of the month is the month itself (CONVENTIONS 19)', () => {
  it.each([
    ['Schools have been shut since the start of the month, officials said.', 'since the start of the month'],
    ['Fuel ran out at the beginning of the month, residents said.', 'the beginning of the month'],
    ['By the middle of the month, the bakeries had closed.', 'By the middle of the month'],
    ['The mission is to leave by the end of the month.', 'by the end of the month'],
  ])("%s → the piece's month", (sentence, written) => {
    expect(events(piece('Jan. 24, 2023 / 11:37 AM', sentence))).toMatchObject({ [written]: '2023-01' });
  });
});
