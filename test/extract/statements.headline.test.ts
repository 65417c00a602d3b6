import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import type { Statement } from '../../src/extract/types.ts';

/** The statement a document's headline gives, if any, with the document's text. */
function headline(text: string): { statement: Statement | undefined; text: string; all: Statement[] } {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  return { statement: all.find((s) => s.context.end <= doc.bodyStart), text: doc.text, all };
}

function said(text: string): [string, string, string] | null {
  const { statement, text: t } = headline(text);
  return statement
    ? [statement.speaker.id, statement.mention, t.slice(statement.quote.start, statement.quote.end)]
    : null;
}

const ARMENPRESS_BODY =
  'YEREVAN, APRIL 12, ARMENPRESS. Armenia is ready to sign the document within a month, Prime Minister Nikol Pashinyan told reporters in Gyumri on Friday.\n\n' +
  '"The text is almost agreed," the Prime Minister said.\n';

describe('an agency headline "Name: words" is the named speaker’s statement', () => {
  it('Armenpress: a surname the gazetteer knows, then a clause', () => {
    expect(said(`Pashinyan: we are ready to sign the peace treaty\n\n${ARMENPRESS_BODY}`)).toEqual([
      'pashinyan',
      'Pashinyan',
      'we are ready to sign the peace treaty',
    ]);
  });

  it('is cited at its place: the headline line, dated as the document', () => {
    const text = `Pashinyan: we are ready to sign the peace treaty\n\n${ARMENPRESS_BODY}`;
    const { statement } = headline(text);
    expect(statement?.context).toEqual({
      start: 0,
      end: 'Pashinyan: we are ready to sign the peace treaty'.length,
    });
    expect(statement?.kind).toBe('reported');
  });

  it('a body named the other way round in the body: "Defense Ministry:" over "the Ministry of Defense of Armenia"', () => {
    const text =
      'Defense Ministry: two servicemen wounded near Sotk\n\n' +
      'YEREVAN, MAY 3, ARMENPRESS. Two servicemen were wounded by sniper fire near Sotk overnight, the Ministry of Defense of Armenia said on Friday.\n';
    expect(said(text)?.[0]).toBe('mod-armenia');
    const other =
      'Ministry of Defense: border posts shelled overnight\n\n' +
      'BAKU, MAY 3. Army posts in the Kalbajar direction were shelled overnight, Azerbaijan’s Defense Ministry said on Friday.\n';
    expect(said(other)?.[0]).toBe('mod-azerbaijan');
  });

  it('ArmInfo: role and name before the colon, a figure in the words', () => {
    const text =
      'Defense Minister Papikyan: Armenia has lost 105 servicemen\n\n' +
      'ArmInfo. Armenia has lost 105 servicemen in the fighting of the past two days, Defense Minister Suren Papikyan said in parliament on Wednesday.\n';
    expect(said(text)).toEqual(['papikyan', 'Defense Minister Papikyan', 'Armenia has lost 105 servicemen']);
  });

  it('Trend: a body the gazetteer knows', () => {
    const text =
      'Azerbaijani MoD: Armenian units opened fire on positions in Kalbajar\n\n' +
      'BAKU, Azerbaijan, May 4. Units of the Armenian armed forces opened fire on Azerbaijani positions in the Kalbajar district overnight, the Azerbaijani Defense Ministry said on Saturday.\n';
    expect(said(text)).toEqual([
      'mod-azerbaijan',
      'Azerbaijani MoD',
      'Armenian units opened fire on positions in Kalbajar',
    ]);
  });

  it('APA: a bare headline verb the tagger reads as a noun ("forces shell …")', () => {
    const text =
      'Azerbaijani MoD: Armenian forces shell Tartar district\n\n' +
      'Baku, May 4, APA. Armenian armed forces shelled villages of the Tartar district overnight, the Azerbaijani Defense Ministry said.\n';
    expect(said(text)).toEqual([
      'mod-azerbaijan',
      'Azerbaijani MoD',
      'Armenian forces shell Tartar district',
    ]);
  });

  it('Interfax: an acronym the gazetteer knows', () => {
    const text =
      'ICRC: detainees have been visited in Baku\n\n' +
      'MOSCOW. Feb 2 (Interfax) - Delegates of the International Committee of the Red Cross have visited detainees held in Baku, the ICRC said on Friday.\n';
    expect(said(text)).toEqual(['icrc', 'ICRC', 'detainees have been visited in Baku']);
  });

  it('quoted words after the colon are direct speech, without their marks', () => {
    const text = `Pashinyan: “We are ready to sign the peace treaty”\n\n${ARMENPRESS_BODY}`;
    const { statement, text: t } = headline(text);
    expect(statement?.kind).toBe('direct');
    expect(t.slice(statement!.quote.start, statement!.quote.end)).toBe(
      'We are ready to sign the peace treaty',
    );
  });
});

describe('an agency headline "words - Name" is the named speaker’s statement', () => {
  it('News.az: a name only the body knows, as one of its speakers', () => {
    const text =
      'Baku will not allow provocations - Hajizada\n\n' +
      'Baku will not allow any provocations on the border, Hikmet Hajizada, a presidential aide, told journalists on Monday.\n\n' +
      '"We have shown restraint for too long," Hajizada said.\n';
    expect(said(text)).toEqual(['text:hikmet-hajizada', 'Hajizada', 'Baku will not allow provocations']);
  });

  it('TASS: an em dash before the body that speaks', () => {
    const text =
      'Armenia does not plan to leave the CSTO — Grigoryan\n\n' +
      'YEREVAN, June 3. /TASS/. Armenia has no plans to leave the Collective Security Treaty Organization, Secretary of the Security Council Armen Grigoryan said on Monday.\n';
    expect(said(text)).toEqual(['armen-grigoryan', 'Grigoryan', 'Armenia does not plan to leave the CSTO']);
  });

  it('Anadolu: "words: Name" at the end of the line', () => {
    const text =
      'Türkiye backs a lasting peace in the South Caucasus: Fidan\n\n' +
      'ANKARA. Türkiye supports a lasting peace between Baku and Yerevan, Foreign Minister Hakan Fidan said on Tuesday.\n';
    expect(said(text)).toEqual(['fidan', 'Fidan', 'Türkiye backs a lasting peace in the South Caucasus']);
  });
});

describe('a "Name: Words" headline in Title Case or capitals is read as in sentence case', () => {
  it('a person the body names, before a colon', () => {
    expect(said(`Pashinyan: We Are Ready To Sign The Peace Treaty\n\n${ARMENPRESS_BODY}`)).toEqual([
      'pashinyan',
      'Pashinyan',
      'We Are Ready To Sign The Peace Treaty',
    ]);
  });

  it('a place before the colon stays a topic label', () => {
    expect(said(`Karabakh: Thousands Have Crossed Into Armenia\n\n${ARMENPRESS_BODY}`)).toBeNull();
  });
});

describe('headlines that are no one’s statement', () => {
  it.each([
    ['a place as topic label', 'Karabakh: the exodus in numbers'],
    ['a place with a clause after it', 'Karabakh: thousands have crossed into Armenia'],
    ['a capital used as a dateline label', 'Yerevan: protesters have blocked the main avenue'],
    ['a city that stands for a body, as a label', 'Brussels: farmers have blocked the streets again'],
    ['two speakers joined', 'Aliyev and Pashinyan: the talks will go on'],
    ['a country as label', 'Azerbaijan: detainees are held without access to lawyers'],
    ['"Analysis:"', 'Analysis: why the talks have stalled again'],
    ['"LIVE:"', 'LIVE: Azerbaijan launches an operation in Karabakh'],
    ['"Live:"', 'Live: refugees are arriving in Goris'],
    ['"Explainer:"', 'Explainer: what happens to the Lachin corridor now'],
    ['"Q&A:"', 'Q&A: who controls the road to Armenia'],
    ['a role alone', 'Armenia will not leave the region - Spokesman'],
    ['a name the body does not name and the gazetteer lacks', 'Karapetyan: the government must resign'],
    ['words without a verb', 'Pashinyan: new hopes for the peace treaty'],
    ['a noun phrase whose head looks like a verb', 'Pashinyan: peace treaty talks in Brussels'],
    ['a noun phrase ending the line', 'Pashinyan: the border delimitation talks'],
    ['a question', 'Pashinyan: who will guarantee our security?'],
    ['a US paper’s Title Case', 'Pashinyan: Armenia Will Not Leave Its People Behind'],
  ])('%s: "%s"', (_why, title) => {
    const body =
      'Thousands of people crossed the border on Tuesday, the Armenian government said.\n\n' +
      '"The flow continues," a government spokesman said.\n';
    expect(said(`${title}\n\n${body}`)).toBeNull();
  });

  it('Title Case without a colon ("Biden Says He Will …") is not this shape', () => {
    expect(said(`Biden Says He Will Press Aliyev on Karabakh\n\n${ARMENPRESS_BODY}`)).toBeNull();
  });

  it('a surname the body gives to someone else is theirs, never the gazetteer’s namesake', () => {
    const text =
      'Armenia does not plan to leave the CSTO - Grigoryan\n\n' +
      'Armenia has no plans to leave the bloc, Human Rights Defender Kristinne Grigoryan told reporters on Monday.\n';
    expect(said(text)).toEqual([
      'text:kristinne-grigoryan',
      'Grigoryan',
      'Armenia does not plan to leave the CSTO',
    ]);
  });

  it('a surname the gazetteer knows but the body never names is left open', () => {
    const text =
      'Armenia does not plan to leave the CSTO - Grigoryan\n\n' +
      'Armenia has no plans to leave the bloc, an official told reporters on Monday.\n';
    expect(said(text)).toBeNull();
  });

  it('a surname two speakers of the body share is no one’s', () => {
    const text =
      'Talks will resume next week - Aliyev\n\n' +
      'The talks will resume next week, Ilham Aliyev said on Friday.\n\n' +
      'The date is not yet fixed, Mehriban Aliyeva told reporters.\n\n' +
      'The venue is Brussels, Rauf Aliyev of the foreign ministry said.\n';
    expect(said(text)).toBeNull();
  });

  it('a headline in the body (no header above it) is read as before', () => {
    const text = 'Pashinyan: we are ready to sign the peace treaty';
    expect(headline(text).all.filter((s) => s.id.endsWith('#h1'))).toEqual([]);
  });
});

describe('the headline’s words told again in the body are a statement in each place (CONVENTIONS 9, row O)', () => {
  it('given "Zakharova: words" over a lead repeating them, the headline and the body each give her statement', () => {
    const text =
      'Zakharova: Moscow is ready to host the talks\n\n' +
      'MOSCOW, May 2. /TASS/. Moscow is ready to host the talks, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing.\n';
    const { all, text: t } = headline(text);
    expect(all.map((s) => [s.speaker.id, t.slice(s.quote.start, s.quote.end), s.sentence])).toEqual([
      ['zakharova', 'Moscow is ready to host the talks', -1],
      ['zakharova', 'Moscow is ready to host the talks', 0],
    ]);
  });
});

describe('a heading in capitals or of two sentences is read as any other', () => {
  it('"PASHINYAN: WE ARE READY …": a line in capitals reads as its Title Case', () => {
    expect(said(`PASHINYAN: WE ARE READY TO SIGN THE PEACE TREATY\n\n${ARMENPRESS_BODY}`)).toEqual([
      'pashinyan',
      'PASHINYAN',
      'WE ARE READY TO SIGN THE PEACE TREATY',
    ]);
  });

  it('"Talks resume in Gyumri. Pashinyan: …": the name opens the heading’s second sentence', () => {
    expect(said(`Talks resume in Gyumri. Pashinyan: we are ready to sign\n\n${ARMENPRESS_BODY}`)).toEqual([
      'pashinyan',
      'Pashinyan',
      'we are ready to sign',
    ]);
  });

  it('"U.S. hosts talks": a full stop after a short word opens no sentence', () => {
    expect(said(`U.S. Envoy: talks to resume\n\n${ARMENPRESS_BODY}`)).toBeNull();
  });
});

describe('the headline’s speaker is the body’s, whatever word stands before a surname', () => {
  it('a sentence opening with "As" before the surname names no namesake', () => {
    const text =
      'Shoigu: the two sides have agreed to hold their fire\n\n' +
      'Defence Minister Sergei Shoigu held calls with his Armenian and Azerbaijani counterparts on Tuesday.\n\n' +
      'As Shoigu put it, both sides confirmed they would keep to the ceasefire, the ministry said.\n';
    expect(said(text)).toEqual(['shoigu', 'Shoigu', 'the two sides have agreed to hold their fire']);
  });

  it('a hyphenated first name in the body is the person’s own, no namesake', () => {
    const text =
      'Leaders meet in Astana. Tokayev: "Kazakhstan is a platform, not a mediator"\n\n' +
      'President Kassym-Jomart Tokayev said on Friday that his country offered the two sides a venue and nothing more.\n';
    expect(said(text)).toEqual([
      'text:kassym-jomart-tokayev',
      'Tokayev',
      'Kazakhstan is a platform, not a mediator',
    ]);
  });

  it('a headline that gives the first name leaves no namesake of the body open', () => {
    const text =
      'President Ilham Aliyev: "Shusha is ours again"\n\n' +
      'Troops raised the flag at the square named after Heydar Aliyev on Sunday.\n\n' +
      'President Ilham Aliyev said the town would be rebuilt within three years.\n';
    expect(said(text)?.[0]).toBe('aliyev');
  });

  it('a hyphenated surname alone is the person, not a place label', () => {
    const text =
      'Amir-Abdollahian: the regional format is the way to a lasting peace\n\n' +
      'Foreign Minister Hossein Amir-Abdollahian said on Monday that the format had given the region a voice of its own.\n';
    expect(said(text)).toEqual([
      'amir-abdollahian',
      'Amir-Abdollahian',
      'the regional format is the way to a lasting peace',
    ]);
  });
});
