import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end), s.via?.id ?? null]);

describe('a verb of appraisal with its object and a quote is the appraiser’s statement (CONVENTIONS 10, row W)', () => {
  it('"sees X as “…”"', () => {
    expect(
      who(
        'Regional analyst Mark Lindqvist of the University of Lund sees the statement as “a modest but real shift”.',
      ),
    ).toEqual([['text:mark-lindqvist', 'a modest but real shift', null]]);
  });

  it('"regards X as “…”", "characterised X as “…”"', () => {
    expect(who('The Armenian Foreign Ministry regards the move as “a provocation”.')).toEqual([
      ['mfa-armenia', 'a provocation', null],
    ]);
    expect(who('Aliyev characterised the talks as “constructive”.')).toEqual([
      ['aliyev', 'constructive', null],
    ]);
  });

  it('"considers X “…”" and "deemed X “…”" take the quote without "as"', () => {
    expect(who('Jeyhun Bayramov considers the agreement “a historic step”.')).toEqual([
      ['bayramov', 'a historic step', null],
    ]);
    expect(who('Hajiyev deemed the report “a political order”.')).toEqual([
      ['hajiyev', 'a political order', null],
    ]);
  });

  it('"saw X “…”" without "as" is a sight, no appraisal', () => {
    expect(who('Residents saw the convoy “pass at dawn”.')).toEqual([]);
  });

  it('a thing to be considered, or considered later, says nothing', () => {
    expect(who('The council will consider the draft “within days”.')).toEqual([]);
    expect(who('He wanted to be considered “a patriot”.')).toEqual([]);
  });
});

describe('"what <a body> called “…”" names the body’s words (CONVENTIONS 9/10)', () => {
  it('a ministry described by its head noun', () => {
    expect(
      who(
        'Azerbaijani forces shot down a helicopter, killing two crew members, in what the Azerbaijani foreign ministry called an “accident.”',
      ),
    ).toEqual([['mfa-azerbaijan', 'accident.', null]]);
  });

  it('a bare head noun that could be any body ("the department") names no one', () => {
    expect(who('Patrols will guard the school after what the department called “hateful messages”.')).toEqual(
      [],
    );
  });
});

describe('a spokesman telling his own state’s stance is his statement only (CONVENTIONS 14, row W)', () => {
  it('"… and that Moscow hoped …" adds no gov-russia link', () => {
    const found = who(
      'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been informed and that Moscow hoped the agreement would be implemented “in full”.',
    );
    expect(found.map((s) => s[0])).toEqual(['peskov']);
  });

  it('a leader he names is still relayed', () => {
    expect(
      who(
        'Peskov said on Tuesday that Vladimir Putin regarded the agreement as “the basis for a lasting settlement”.',
      ).map((s) => [s[0], s[2]]),
    ).toEqual([
      ['peskov', null],
      ['putin', 'peskov'],
    ]);
  });
});

describe('a state’s own body telling its stance is the body’s statement only (CONVENTIONS 14, row W)', () => {
  it('"the State Department said that Washington welcomed “…”" adds no gov-us link', () => {
    expect(
      who('The U.S. State Department said that Washington welcomed “this important step” towards peace.').map(
        (s) => s[0],
      ),
    ).toEqual(['us-state-department']);
  });

  it('"the Azerbaijani foreign ministry stated that Baku welcomes “…”" adds no gov-azerbaijan link', () => {
    expect(
      who(
        'The Azerbaijani Foreign Ministry stated on Monday that Baku welcomes “the constructive position” of its neighbour.',
      ).map((s) => s[0]),
    ).toEqual(['mfa-azerbaijan']);
  });

  it('another state named by the body is still relayed', () => {
    expect(
      who('The U.S. State Department said that Baku welcomed “this important step” towards peace.').map(
        (s) => [s[0], s[2]],
      ),
    ).toContainEqual(['gov-azerbaijan', 'us-state-department']);
  });
});

describe('"described X as <writer’s words> “…”": the speaker’s words start at the quote (CONVENTIONS row AA)', () => {
  it('a noun phrase before the quote is the writer’s naming of the thing, no clause', () => {
    expect(
      who('The mayor described the bridge as the start of “a new chapter” for the two towns.').map(
        ([s, q]) => [s, q],
      ),
    ).toEqual([['text:mayor', 'a new chapter']]);
  });

  it('a clause before the quote starts at its words: "as proof that the sides could “…”"', () => {
    expect(
      who('The envoy described the plan as proof that the sides could “find a way” soon.').map(([s, q]) => [
        s,
        String(q).slice(0, 15),
      ]),
    ).toEqual([['text:envoy', 'the sides could']]);
  });
});
