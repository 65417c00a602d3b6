import { describe, expect, it } from 'vitest';
import { definedAbbreviations, fitsInitials } from '../../src/extract/entities/abbreviations.ts';
import { longestFullName } from '../../src/extract/entities/fullNames.ts';
import { identifySpeakers } from '../../src/extract/entities/identity.ts';
import { mergeSpeakerVariants } from '../../src/extract/entities/merge.ts';
import { qualifiedBody } from '../../src/extract/entities/qualifiedBodies.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import type { Entity, Statement } from '../../src/extract/types.ts';
import { extractFrom } from './statements.helpers.ts';

/** One statement per speaker given (in that order), through the document pass: the speakers it leaves. */
function said(text: string, speakers: Entity[], mentions: string[] = []): Entity[] {
  const statements: Statement[] = speakers.map((speaker, i) => ({
    id: `doc#s${i}`,
    docId: 'doc',
    speaker,
    mention: mentions[i] ?? speaker.name,
    kind: 'reported',
    quote: { start: 0, end: 1 },
    context: { start: 0, end: text.length },
    sentence: 0,
    date: null,
    dateBasis: 'date not stated',
  }));
  return identifySpeakers(text, statements).statements.map((s) => s.speaker);
}

/** Each statement's canonical speaker, and the other names the document gives it. */
function speakersOf(text: string): { id: string; name: string; aliases: string[] }[] {
  return identifySpeakers(text, extractFrom(text)).statements.map((s) => ({
    id: s.speaker.id,
    name: s.speaker.name,
    aliases: s.speaker.aliases ?? [],
  }));
}
const idsOf = (text: string) => speakersOf(text).map((s) => s.id);

describe('one speaker, one entry in a document: abbreviations', () => {
  it('an agency and the abbreviation the text defines for it are one speaker, under its name', () => {
    const text =
      'The State Committee for Refugee Affairs (SCRA) said on Monday that 4,000 families had registered. ' +
      'SCRA said that the shelters in Goris were full.';
    const speakers = speakersOf(text);
    // Named by the article's own short form (CONVENTIONS 7), shown under its name in full.
    expect(speakers.map((s) => s.id)).toEqual(['text:scra', 'text:scra']);
    expect(speakers[1]!.name).toBe('State Committee for Refugee Affairs');
    expect(speakers[1]!.aliases).toContain('SCRA');
  });

  it('an abbreviation that drops a word of the name still fits it (wire copy shortens names)', () => {
    const text =
      "Two deminers were hurt near Aghdam, Azerbaijan's Demining Service Agency (ANDSA) said. " +
      'According to ANDSA, the teams have cleared 9,000 hectares since 2021.';
    const ids = new Set(idsOf(text));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBe('text:andsa');
  });

  it('a shorter name than the official one the letters stand for still defines the short form', () => {
    const text =
      'The Demining Board (NADB) said its teams had reached the village on Monday. ' +
      'According to NADB, 12 fields remain to be cleared.';
    expect(definedAbbreviations(text)).toEqual([{ long: 'Demining Board', short: 'NADB' }]);
    expect(new Set(idsOf(text))).toEqual(new Set(['text:nadb']));
    // Letters the written name's initials are not among define nothing.
    expect(definedAbbreviations('The Demining Board (XYZ) said so.')).toEqual([]);
  });

  it('a short form before its name in parentheses is read the other way round', () => {
    expect(
      definedAbbreviations('UNMAS (United Nations Mine Action Service) said the field was cleared.'),
    ).toEqual([{ long: 'United Nations Mine Action Service', short: 'UNMAS' }]);
  });

  it('a photo credit or a party label in parentheses is no abbreviation of the name before it', () => {
    expect(
      definedAbbreviations('President Vahagn Petrosyan (AP) spoke. Senator Jane Reed (D-Ohio) said.'),
    ).toEqual([]);
    expect(fitsInitials('AFP', 'Armenian Prime Minister')).toBe(false);
  });

  it('a name and the acronym of its initials that the text writes are one speaker', () => {
    const text =
      'Médecins Sans Frontières said its clinics in Syunik were overwhelmed. ' +
      'MSF said that it would open two more mobile clinics.';
    const speakers = speakersOf(text);
    expect(new Set(speakers.map((s) => s.id)).size).toBe(1);
    expect(speakers[1]!.name).toBe('Médecins Sans Frontières');
  });
});

describe('one speaker, one entry in a document: people', () => {
  it('a surname joins the full name written earlier, even where that was no speaker', () => {
    const text =
      'In an expert opinion, former war-crimes judge Maria Elena Ortiz called the siege unlawful. ' +
      '"Hunger is being used as a weapon," Ortiz wrote. Later, Elena Ortiz said that the court must act.';
    expect(idsOf(text)).toEqual(['text:maria-elena-ortiz', 'text:maria-elena-ortiz']);
  });

  it('a capitalised word opening the sentence is no first name', () => {
    expect(
      longestFullName('Meanwhile Ortiz said the talks failed. After Ortiz spoke, they left.', 'Ortiz'),
    ).toBe(null);
  });

  it('two people of one surname: the surname alone joins neither', () => {
    const text =
      'Lilit Hakobyan, a teacher, said the school had closed. Her cousin Vardan Hakobyan said the road was ' +
      'blocked. Hakobyan said that no bread had arrived.';
    expect(longestFullName(text, 'Hakobyan')).toBe(null);
    const [lilit, , hakobyan] = said(text, [
      { id: 'text:lilit-hakobyan', name: 'Lilit Hakobyan', kind: 'person' },
      { id: 'text:vardan-hakobyan', name: 'Vardan Hakobyan', kind: 'person' },
      { id: 'text:hakobyan', name: 'Hakobyan', kind: 'person' },
    ]);
    expect(lilit!.id).toBe('text:lilit-hakobyan');
    expect(hakobyan!.id).toBe('text:hakobyan');
  });

  it('the words of a role before a name are not its first names', () => {
    expect(
      longestFullName(
        'Deputy Minister of Labour and Social Affairs Ruben Ghazaryan said so.',
        'Ruben Ghazaryan',
      ),
    ).toBe(null);
    expect(
      longestFullName('the Minister of Foreign Affairs of North Macedonia Bujar Osmani said', 'Bujar Osmani'),
    ).toBe(null);
  });

  it('a full name the gazetteer knows, after role words the text runs into it, is the gazetteer person', () => {
    const text = 'Secretary of the Security Council Armen Grigoryan said that a ceasefire had been reached.';
    expect(idsOf(text)).toEqual(['armen-grigoryan']);
  });
});

describe('one speaker, one entry in a document: a body with and without its country', () => {
  it('the possessive, the adjective and the bare form of one ministry are one speaker', () => {
    const text =
      "Armenia's health ministry said 290 people were in hospital. " +
      'The Armenian health ministry said on Friday that 20 had died. ' +
      'The health ministry said that it had flown 40 patients to Yerevan.';
    // The gazetteer's body, whose spellings /who-said finds it by.
    expect(new Set(idsOf(text))).toEqual(new Set(['moh-armenia']));
  });

  it('"the health ministry" joins no one when two countries\' health ministries are in play', () => {
    const text = 'The ministries spoke.';
    const speakers = said(text, [
      { id: 'text:armenia-health-ministry', name: "Armenia's health ministry", kind: 'organisation' },
      { id: 'text:azerbaijan-health-ministry', name: "Azerbaijan's health ministry", kind: 'organisation' },
      { id: 'text:health-ministry', name: 'health ministry', kind: 'organisation' },
    ]);
    expect(speakers.map((e) => e.id)).toEqual([
      'text:armenia-health-ministry',
      'text:azerbaijan-health-ministry',
      'text:health-ministry',
    ]);
  });

  it('a bare ministry joins the gazetteer body of the one country in play', () => {
    const [, bare] = said('The ministries spoke.', [
      { id: 'mod-armenia', name: 'Ministry of Defense of Armenia', kind: 'organisation' },
      { id: 'text:defense-ministry', name: 'Defense Ministry', kind: 'organisation' },
    ]);
    expect(bare!.id).toBe('mod-armenia');
    expect(bare!.aliases).toEqual(['Defense Ministry']);
  });

  it('the name of a ministry is read with its country wherever the country stands', () => {
    expect(qualifiedBody('Ministry of Health of Armenia')).toEqual({
      country: 'AM',
      head: 'health ministry',
    });
    expect(qualifiedBody("Armenia's Health Ministry")).toEqual({ country: 'AM', head: 'health ministry' });
    expect(qualifiedBody('the health ministry')).toEqual({ country: null, head: 'health ministry' });
    expect(qualifiedBody("Armenia's government")).toBe(null);
  });
});

describe("a body's voice names the body too (a relay: both are named)", () => {
  it('"the Kremlin press service reported" is the Kremlin\'s, relayed by its press service', () => {
    const text = 'In a phone call with Pashinyan, Putin urged restraint, the Kremlin press service reported.';
    const [s] = identifySpeakers(text, extractFrom(text)).statements;
    expect(s?.speaker.id).toBe('kremlin');
    expect(s?.via?.id).toBe('text:kremlin-press-service');
  });

  it('an ICRC spokesperson speaks for the ICRC, and is named as its relayer', () => {
    const text = 'An ICRC spokesperson in Yerevan said its teams were ready to resume the convoys.';
    const [s] = identifySpeakers(text, extractFrom(text)).statements;
    expect(s?.speaker.id).toBe('icrc');
    expect(s?.via?.id).toBe('text:icrc-spokesperson');
  });

  it('a spokesperson of no body the gazetteer knows stays the speaker', () => {
    const text = 'A spokesperson for the village council said the well had run dry.';
    const [s] = identifySpeakers(text, extractFrom(text)).statements;
    expect(s?.via).toBeUndefined();
  });

  it('"the Azerbaijani presidency" is the president\'s administration', () => {
    const text = 'The separatist forces will be disarmed, the Azerbaijani presidency said in a statement.';
    expect(idsOf(text)).toEqual(['azerbaijani-presidential-administration']);
  });
});

describe('"the official" points back to the one official the text introduced', () => {
  it("an anonymous official's second quote is not the government's", () => {
    const text =
      'A senior State Department official, who briefed reporters on condition of anonymity, said Washington ' +
      'was watching closely. "Nobody is leaving by choice," the official said.';
    const ids = idsOf(text);
    expect(ids).toEqual(['text:state-department-official', 'text:state-department-official']);
  });

  it('"the spokesperson" after "A spokesperson for the ministry" is that spokesperson, not a body named before', () => {
    const text =
      'The Red Cross said its convoy had been stopped at the bridge.\n\n' +
      'The Foreign Office in Berlin voiced concern. A spokesperson for the ministry said the minister had called ' +
      'her counterpart on Monday. Access must be restored at once, the spokesperson said.';
    expect(idsOf(text)).toEqual(['icrc', 'text:spokesperson', 'text:spokesperson']);
  });

  it('with two officials introduced, "the official" is left as the extractor read it', () => {
    const text = 'The talks went on.';
    const speakers = said(
      text,
      [
        {
          id: 'text:senior-state-department-official',
          name: 'senior State Department official',
          kind: 'person',
        },
        { id: 'text:european-official', name: 'European official', kind: 'person' },
        { id: 'gov-us', name: 'Government of the United States', kind: 'government' },
      ],
      ['A senior State Department official', 'A European official', 'the official'],
    );
    expect(speakers.map((e) => e.id)).toEqual([
      'text:senior-state-department-official',
      'text:european-official',
      'gov-us',
    ]);
  });
});

describe('across a corpus: an abbreviation one document defines', () => {
  it('"ANDSA said" in another document joins the body the first defined it for', () => {
    const define =
      "Two deminers were hurt near Aghdam, Azerbaijan's Demining Service Agency (ANDSA) said on Monday.";
    const use = 'ANDSA said that 9,000 hectares had been cleared since 2021.';
    const statements = [
      ...identifySpeakers(define, extractFrom(define, undefined, 'a')).statements,
      ...identifySpeakers(use, extractFrom(use, undefined, 'b')).statements,
    ];
    const merged = mergeSpeakerVariants(statements);
    expect(merged.map((s) => s.speaker.id)).toEqual(['text:andsa', 'text:andsa']);
  });

  it('an abbreviation two documents define for two bodies joins neither', () => {
    const one = 'The Border Security Agency (BSA) said the crossing was shut.';
    const two = 'The Baku Shipping Authority (BSA) said the port was open.';
    const three = 'BSA said that trucks were waiting.';
    const statements = [one, two, three].flatMap(
      (t, i) => identifySpeakers(t, extractFrom(t, undefined, `d${i}`)).statements,
    );
    expect(mergeSpeakerVariants(statements).at(-1)!.speaker.id).toBe('text:bsa');
  });
});

describe('an unnamed body is filed under its head, as an unnamed person is', () => {
  it.each([
    ['A Telegram channel with 80,000 subscribers', 'text:telegram-channel'],
    ['an aid group in Goris', 'text:aid-group'],
    ['One Armenian news website', 'text:armenian-news-website'],
    ['a group of lawmakers', 'text:group-of-lawmakers'],
    ['the Ministry of Health of Armenia', 'text:ministry-of-health-of-armenia'],
  ])('%s → %s', (mention, id) => {
    expect(textEntity(mention).id).toBe(id);
  });
});

describe('a body the article abbreviates is named by that short form (CONVENTIONS 7)', () => {
  it('wire style: "the Mine Clearance Agency of Armenia (ANMCA)", then "the agency" and "it"', () => {
    const text =
      'Three deminers were hurt near Jermuk on Friday, the Mine Clearance Agency of Armenia (ANMCA) said. ' +
      'The team had been clearing a pasture, the agency said. Two of the men were flown to Yerevan, it added.';
    expect(idsOf(text)).toEqual(['text:anmca', 'text:anmca', 'text:anmca']);
  });

  it('the owner after "of" may open the short form: "the Rescue Service of Georgia (GRS)"', () => {
    expect(fitsInitials('GRS', 'Rescue Service of Georgia')).toBe(true);
    expect(fitsInitials('GRS', 'Rescue Service of Armenia')).toBe(false);
  });

  it('feature style: "the Demining Centre, known as ANDC, says …"', () => {
    expect(
      definedAbbreviations('The Demining Centre, known as ANDC, says that 40 fields are cleared.'),
    ).toEqual([{ long: 'Demining Centre', short: 'ANDC' }]);
    expect(definedAbbreviations('Ruben, known as Rubo to his friends, said no.')).toEqual([]);
  });
});
