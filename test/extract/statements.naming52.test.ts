import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { speakersShown } from './statements.helpers.ts';

describe("Azerbaijan's demining agency is one speaker however the text names it (CONVENTIONS 1)", () => {
  it('given its name with the country and its letters set off by commas, the agency says it', () => {
    expect(
      speakersShown(
        "Azerbaijan's mine action agency, ANAMA, says more than 300 people have been killed or wounded by mines.",
      ),
    ).toEqual(['anama']);
  });

  it('given the adjective before its name, the agency says it', () => {
    expect(
      speakersShown(
        'Since November, at least 24 people have been killed, according to the Azerbaijani Mine Action Agency.',
      ),
    ).toEqual(['anama']);
  });

  it('given its name with the country after it, the agency says it', () => {
    expect(
      speakersShown(
        'The Mine Action Agency of the Republic of Azerbaijan said that 68 people had been killed.',
      ),
    ).toEqual(['anama']);
  });

  it("given another country's mine action agency, it is not Azerbaijan's", () => {
    expect(
      speakersShown('The Cambodian Mine Action Centre said that two deminers had been injured.'),
    ).not.toContain('anama');
  });
});

describe("a state's prosecutor's office named with the state as its owner (CONVENTIONS 1)", () => {
  it('given "its prosecutor\'s office" after Azerbaijan, the Prosecutor General\'s Office says it', () => {
    expect(
      speakersShown(
        "Azerbaijan does not report its military losses, but its prosecutor's office says that 31 civilians have been killed.",
      ),
    ).toEqual(['prosecutor-general-azerbaijan']);
  });

  it("given \"Armenia's prosecutor's office\", Armenia's Prosecutor General's Office says it", () => {
    expect(speakersShown("Armenia's prosecutor's office said that a criminal case had been opened.")).toEqual(
      ['prosecutor-general-armenia'],
    );
  });

  it("given a district's prosecutor's office, it is no state's Prosecutor General's Office", () => {
    expect(
      speakersShown("The Tartar district prosecutor's office said that a criminal case had been opened."),
    ).not.toContain('prosecutor-general-azerbaijan');
  });
});

describe('a seat after a body: whose it is, or only where it sits (row AP)', () => {
  it('given "The Ministry of Foreign Affairs in Kathmandu said", Nepal\'s ministry says it', () => {
    expect(
      speakersShown(
        'The Ministry of Foreign Affairs in Kathmandu said it was in touch with Nepalis in the region.',
      ),
    ).toEqual(['text:nepali-ministry-of-foreign-affairs']);
  });

  it('given "The Office of the Presidential Representative in Khankendi said", the office says it', () => {
    expect(
      speakersShown(
        'The Office of the Presidential Representative in Khankendi said that work to restore the city had begun.',
      ),
    ).toEqual(['text:office-of-the-presidential-representative']);
  });

  it('given "The defence ministry in Baku", the seat still says whose ministry it is', () => {
    expect(
      speakersShown('The defence ministry in Baku said that the men would be home "within days".'),
    ).toEqual(['mod-azerbaijan']);
  });
});

describe('textEntity: a seat that names the owner and one that does not (row AP)', () => {
  it('given a foreign ministry in its capital, the capital names its country', () => {
    expect(textEntity('the Foreign Ministry in Jerusalem')).toMatchObject({
      id: 'text:israeli-foreign-ministry',
    });
  });

  it('given an embassy in a capital, the capital is only where it sits', () => {
    expect(textEntity('the Chilean embassy in Vienna')).toMatchObject({ id: 'text:chilean-embassy' });
  });

  it('given a ministry in a place that is no state capital, the words stay as written', () => {
    expect(textEntity('the Ministry of Health in Stepanakert')).toMatchObject({
      id: 'text:ministry-of-health-in-stepanakert',
    });
  });
});

describe("a state's representative is not the state (CONVENTIONS 6)", () => {
  it('given "Azerbaijan\'s representative claimed that", the representative says it, not the government', () => {
    const shown = speakersShown(
      "Azerbaijan's representative claimed that the road through Aghdam offered an alternative route for supplies.",
    );
    expect(shown).not.toContain('gov-azerbaijan');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/-representative$/);
  });
});
