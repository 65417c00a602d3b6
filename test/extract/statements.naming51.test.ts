import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const ids = (text: string) => extractFrom(text).map((s) => s.speaker.id);
const names = (text: string) => extractFrom(text).map((s) => s.speaker.name);

describe("CONVENTIONS row R for every country with an adjective: the owner's adjective files the body", () => {
  it.each([
    [
      "Croatia's Ministry of Foreign and European Affairs said it was following the situation.",
      'text:croatian-ministry-of-foreign-and-european-affairs',
    ],
    ["Slovenia's Foreign Ministry said the talks should resume.", 'text:slovenian-foreign-ministry'],
    [
      "Ireland's Department of Foreign Affairs said no citizens were hurt.",
      'text:irish-department-of-foreign-affairs',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('the name stays as written', () => {
    expect(names("Croatia's Ministry of Foreign and European Affairs said it was concerned.")).toEqual([
      "Croatia's Ministry of Foreign and European Affairs",
    ]);
  });
});

describe('a body named for its purpose ("Committee to …") is the body, never a person named after "to"', () => {
  it('given "The Committee to Protect Journalists said", the committee spoke', () => {
    expect(ids('The Committee to Protect Journalists said the deaths were a terrible reminder.')).toEqual([
      'text:committee-to-protect-journalists',
    ]);
  });
});

describe('"the human rights defender of the region" in a Karabakh story is the post holder at that date (rule 1)', () => {
  it('in September 2023, Gegham Stepanyan', () => {
    const text =
      'Published: 25 September 2023\n\nThe shelling hit Stepanakert in Nagorno-Karabakh. At least 200 people died, according to the human rights defender of the region.';
    expect(ids(text)).toContain('gegham-stepanyan');
  });

  it('with no Karabakh named before, the post stays as written', () => {
    const text =
      'Published: 25 September 2023\n\nThe floods hit the valley. At least 20 people died, according to the human rights defender of the region.';
    expect(ids(text)).not.toContain('gegham-stepanyan');
  });
});

describe("a role its owner's possessive opens, with the holder named in apposition, is that person", () => {
  it('given "EUMA\'s head, the German diplomat Markus Ritter, said", Markus Ritter spoke', () => {
    expect(
      ids("EUMA's head, the German diplomat Markus Ritter, said the incident showed the mission was needed."),
    ).toEqual(['text:markus-ritter']);
  });

  it('given "the union\'s chairman, Ali Karimi, said", Ali Karimi spoke', () => {
    expect(ids("The union's chairman, Ali Karimi, said the drivers would strike on Monday.")).toEqual([
      'text:ali-karimi',
    ]);
  });

  it('a place set off after the role is no name: the role stays', () => {
    expect(ids("The union's chairman, in Tabriz, said the drivers would strike on Monday.")).not.toContain(
      'text:tabriz',
    );
  });
});

describe("the two leaders' press offices under the other ways agency copy names them (rule 1)", () => {
  it.each([
    [
      'Published: 20 September 2023\n\nThe administration of the presidency of Azerbaijan said humanitarian corridors had been set up.',
      'azerbaijani-presidential-administration',
    ],
    [
      "Published: 25 November 2020\n\nPresident Ilham Aliyev's press service said the district had been handed over.",
      'azerbaijani-presidential-administration',
    ],
    [
      "Published: 25 November 2023\n\nPrime Minister Nikol Pashinyan's press service said the call had taken place.",
      'armenian-government-press-service',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it("the head of state the president's administration relays is the president at that date", () => {
    const text =
      'Published: 25 November 2020\n\nPresident Ilham Aliyev\'s press service said the head of state had told the nation that "Kalbajar has returned to its owners".';
    const relayed = extractFrom(text).find((s) => s.via);
    expect(relayed?.speaker.id).toBe('aliyev');
    expect(relayed?.via?.id).toBe('azerbaijani-presidential-administration');
  });
});
