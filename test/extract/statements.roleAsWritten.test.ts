import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/extract/entities/normalise.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { extractFrom, speakersShown } from './statements.helpers.ts';

describe('an unnamed spokesman is filed under the role the text writes (CONVENTIONS 5, 6)', () => {
  it('"A spokeswoman for the charity in Vienna said" → text:spokeswoman', () => {
    expect(
      speakersShown('A spokeswoman for the charity in Vienna said the convoy had been turned back twice.'),
    ).toEqual(['text:spokeswoman']);
  });

  it('"A spokesman said" → text:spokesman, not text:spokesperson', () => {
    expect(speakersShown('A spokesman said the talks would resume in the spring.')).toEqual([
      'text:spokesman',
    ]);
  });

  it('"A spokesperson said" stays text:spokesperson', () => {
    expect(speakersShown('A spokesperson said the talks would resume in the spring.')).toEqual([
      'text:spokesperson',
    ]);
  });

  it('names are still matched alike whichever of the three words the text uses', () => {
    expect(normaliseName('the ministry spokeswoman')).toBe(normaliseName('The Ministry spokesperson'));
    expect(normaliseName("the spokesman's office")).toBe('spokesperson office');
  });
});

describe('an office written in lower case "of the" someone is that owner\'s office (CONVENTIONS 6)', () => {
  it('"the press service of the Tajik president" is one speaker with "the Tajik president\'s press service"', () => {
    const ofForm = speakersShown(
      'The press service of the Tajik president said the meeting would take place in May.',
    );
    const possessive = speakersShown(
      "The Tajik president's press service said the meeting would take place in May.",
    );
    expect(ofForm).toEqual(['text:tajik-president-press-service']);
    expect(possessive).toEqual(ofForm);
  });

  it('"the press service of the Mine Clearance Agency of Moldova" is filed with the agency', () => {
    expect(
      speakersShown(
        'The press service of the Mine Clearance Agency of Moldova said two more fields had been cleared.',
      ),
    ).toEqual(['text:mine-clearance-agency-of-moldova-press-service']);
  });

  it('the words as written stay the mention, so /who-said finds it as the text names it', () => {
    const [st] = extractFrom(
      'The press service of the Tajik president said the meeting would take place in May.',
    );
    expect(st?.speaker.id).toBe('text:tajik-president-press-service');
    expect(st?.mention).toBe('The press service of the Tajik president');
  });

  it('"the Office of the Ombudsperson", a proper name in capitals, keeps its whole name', () => {
    expect(speakersShown('The Office of the Ombudsperson said it had received 40 complaints.')).toEqual([
      'text:office-of-the-ombudsperson',
    ]);
  });
});

describe('a title that runs on in capitals up to a name leaves the name alone (CONVENTIONS 2)', () => {
  it('"Head of the Shamkir District Executive Power Rauf Aliyarov" → the person, not "Power Rauf …"', () => {
    expect(
      speakersShown(
        'Head of the Shamkir District Executive Power Rauf Aliyarov said the school would reopen.',
      ),
    ).toEqual(['text:rauf-aliyarov']);
  });

  it('"The Shamkir District Executive Power said" is the organ by its whole name', () => {
    expect(speakersShown('The Shamkir District Executive Power said the school would reopen.')).toEqual([
      'text:shamkir-district-executive-power',
    ]);
    expect(textEntity('the Shamkir District Executive Power')).toMatchObject({
      id: 'text:shamkir-district-executive-power',
    });
  });

  it('"Kazakh expert on the Balkans Dana Serikova" → the person, her field in the role', () => {
    expect(textEntity('Kazakh expert on the Balkans Dana Serikova')).toMatchObject({
      id: 'text:dana-serikova',
      role: 'Kazakh expert on the Balkans',
    });
  });

  it('a surname that is also a noun stays a surname', () => {
    expect(textEntity('UN Ambassador Joan Power')).toMatchObject({ id: 'text:joan-power' });
  });
});

describe("a body set in a capital is that state's body, whatever its name holds (CONVENTIONS 1)", () => {
  it('"The Prosecutor General\'s Office in Baku said" → the gazetteer\'s Azerbaijani office', () => {
    expect(
      speakersShown(
        "The Prosecutor General's Office in Baku said a criminal case had been opened over the blast.",
      ),
    ).toEqual(['prosecutor-general-azerbaijan']);
  });

  it('the same office in a city that seats no government stays as written', () => {
    expect(
      speakersShown(
        "The Prosecutor General's Office in Lyon said a criminal case had been opened over the blast.",
      ),
    ).not.toEqual(['prosecutor-general-azerbaijan']);
  });
});

describe('where a known body works is no part of its name (CONVENTIONS 1, 5)', () => {
  it('"The International Committee of the Red Cross in Georgia said" → icrc', () => {
    expect(
      speakersShown(
        'The International Committee of the Red Cross in Georgia said it had visited 12 detainees.',
      ),
    ).toEqual(['icrc']);
  });

  it('a body the gazetteer lacks keeps the words as written', () => {
    expect(
      speakersShown('The Union of Fruit Growers in Georgia said it had lost most of its harvest.'),
    ).not.toEqual(['icrc']);
  });
});

describe('a full name before its apposition is the speaker (CONVENTIONS 2)', () => {
  it('"Lilit Harutyunyan, 41, a nurse in Goris, told the agency" → text:lilit-harutyunyan', () => {
    expect(
      speakersShown(
        '"The wards are full," Lilit Harutyunyan, 41, a nurse in Goris, told the agency by phone.',
      ),
    ).toEqual(['text:lilit-harutyunyan']);
  });

  it('the description stays the role', () => {
    expect(textEntity('Lilit Harutyunyan, a nurse in Goris')).toMatchObject({
      id: 'text:lilit-harutyunyan',
      kind: 'person',
      role: 'a nurse in Goris',
    });
  });
});
