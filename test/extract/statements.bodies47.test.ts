import { describe, expect, it } from 'vitest';
import { extractFrom, headingMentionsSaid } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [
    s.speaker.id,
    s.mention,
    text.slice(s.quote.start).split(/\s+/).slice(0, 4).join(' '),
  ]);

const headed = headingMentionsSaid;

const BODY =
  'The shelling went on overnight near the border villages, residents said.\n\n' +
  'Two houses were damaged, a local official told reporters.\n';

describe("a seat's label in a heading: its government when what follows judges", () => {
  it('"Yerevan: <a copular clause>" at the line\'s start is Armenia\'s government', () => {
    expect(headed(`Yerevan: the border incident is a pretext for a new blockade\n\n${BODY}`)).toEqual([
      ['gov-armenia', 'Yerevan', 'the border incident is a pretext for a new blockade'],
    ]);
  });

  it('after a sentence of the outlet\'s: "… hit twice. Yerevan: It was an attack on culture"', () => {
    expect(
      headed(`The old church was hit twice within hours. Yerevan: It was an attack on culture\n\n${BODY}`),
    ).toEqual([['gov-armenia', 'Yerevan', 'It was an attack on culture']]);
  });

  it('an event after the seat tells where, not who: "Moscow: police detain protesters"', () => {
    expect(headed(`Moscow: police detain dozens of protesters near the embassy\n\n${BODY}`)).toEqual([]);
  });

  it("a country's name stays a topic's label", () => {
    expect(headed(`Armenia: the winter is hard for the displaced families\n\n${BODY}`)).toEqual([]);
  });

  it("a quote after the seat ends at its close when a sentence of the outlet's follows", () => {
    expect(
      headed(`Missiles hit a city at night, nine dead. Baku: "A war crime". Yerevan denies\n\n${BODY}`),
    ).toEqual([['gov-azerbaijan', 'Baku', 'A war crime']]);
  });
});

describe('"the president" in a paragraph that names another president (CONVENTIONS 6)', () => {
  it("is the president named in the paragraph after the one the role's shapes found further back", () => {
    expect(
      who(
        'The Kremlin said President Vladimir Putin had been informed of the crash.\n\n' +
          'A day earlier Ilham Aliyev announced in an address that his troops had entered the town. ' +
          '"This is a historic day," the president said.',
      ).map(([id, mention]) => [id, mention]),
    ).toContainEqual(['aliyev', 'the president']);
  });

  it('stays the holder when the paragraph names nobody else', () => {
    expect(
      who(
        'President Vladimir Putin spoke to reporters in the evening.\n\n' +
          '"The mission will go on," the president said.',
      ).map(([id, mention]) => [id, mention]),
    ).toContainEqual(['putin', 'the president']);
  });
});

describe('a bare defence ministry in copy that tells no home country: the one country whose forces it reports on', () => {
  it('"Russian peacekeepers died …. The Ministry of Defence confirmed …" is Russia\'s, and so is its later bare use', () => {
    const found = who(
      'Russian peacekeepers died near a village on Wednesday. The Ministry of Defence confirmed on Thursday that a car carrying servicemen had come under fire.\n\n' +
        'According to the Ministry of Defence, the contingent had evacuated 5,000 civilians.',
    ).map(([id, mention]) => [id, mention]);
    expect(found).toEqual([
      ['mod-russia', 'The Ministry of Defence'],
      ['mod-russia', 'the Ministry of Defence'],
    ]);
  });

  it('"According to the Ministry of Defense, 12 Azerbaijani servicemen were killed" is Azerbaijan\'s', () => {
    expect(
      who(
        'Clashes broke out on the border in July 2020. According to the Ministry of Defense, 12 Azerbaijani servicemen were killed in the clashes.',
      )[0]?.[0],
    ).toBe('mod-azerbaijan');
  });

  it("two countries' forces leave it unsaid", () => {
    expect(
      who(
        'Armenian soldiers and Azerbaijani troops exchanged fire overnight. The Ministry of Defence said the shooting stopped at dawn.',
      )[0]?.[0],
    ).not.toMatch(/^mod-/);
  });
});

describe('"In <capital>, the government\'s press service said": a bare body with a possessive set in a seat', () => {
  it("is that country's press service", () => {
    expect(
      who(
        "Baku called the deal historic. In Yerevan, the government's press service said the prime minister saw the agreement as a step toward peace.",
      ).map(([id, mention]) => [id, mention]),
    ).toContainEqual(['armenian-government-press-service', "the government's press service"]);
  });
});

describe("Iran's foreign ministry spokesman of 2022-2024 (a dated role, as the gazetteer keeps others)", () => {
  it('"the spokesman" after Nasser Kanaani named bare at his briefing is Kanaani', () => {
    const found = who(
      'Nasser Kanaani told his weekly press conference on Monday that Tehran was watching the border "with concern."\n\n' +
        'In answer to another question, the spokesman said that the regional format was the best mechanism.',
    ).map(([id, mention]) => [id, mention]);
    expect(found).toEqual([
      ['kanaani', 'Nasser Kanaani'],
      ['kanaani', 'the spokesman'],
    ]);
  });
});
