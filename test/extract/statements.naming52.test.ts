import { describe, expect, it } from 'vitest';
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
