import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/extract/entities/gazetteer.ts';
import { findEntityMentions } from '../../src/extract/entities/mentions.ts';
import { resolveEntity, resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { textEntity, trailingProperName } from '../../src/extract/entities/textEntity.ts';

const idOf = (mention: string) => resolveEntity(mention)?.id ?? null;

describe('resolveEntity: names and their spellings', () => {
  it.each([
    ['Blinken', 'blinken'],
    ['Antony Blinken', 'blinken'],
    ['Antony J. Blinken', 'blinken'],
    ['Secretary of State Antony J. Blinken', 'blinken'],
    ['US Secretary of State Antony Blinken', 'blinken'],
    ['Department of State Spokesperson Matthew Miller', 'miller'],
    ['Department Spokesperson Matthew Miller:', 'miller'],
    ['Mike Pompeo', 'pompeo'],
    ['Azerbaijani President Ilham Aliyev', 'aliyev'],
    ['Azerbaijan’s President Ilham Aliyev', 'aliyev'],
    ['Nikol Pashinian', 'pashinyan'],
    ['Armenian Prime Minister Nikol Pashinyan', 'pashinyan'],
    ['Mr Pashinyan', 'pashinyan'],
    ['Jihon Permov', 'bayramov'],
    ['Permov', 'bayramov'],
    ['Jeyhun Bayramov', 'bayramov'],
    ['Mnatsakyanian', 'mnatsakanyan'],
    ['Zahrab Manatsakyanian', 'mnatsakanyan'],
    ['Russian President Vladimir Putin', 'putin'],
  ])('%s → %s', (mention, id) => expect(idOf(mention)).toBe(id));
});

describe('resolveEntity: bodies, governments and places', () => {
  it('a country before a body the gazetteer knows must be its own: "Armenia\'s Security Council" is not the UN\'s', () => {
    expect(resolveEntity("Armenia's Security Council")).toBeNull();
    expect(resolveEntity('the Armenian Security Council')).toBeNull();
    expect(resolveEntity('the Security Council')?.id).toBe('un-security-council');
    expect(resolveEntity('the Armenian Foreign Ministry')?.id).toBe('mfa-armenia');
  });

  it.each([
    ['The Ministry of Defense of Azerbaijan', 'mod-azerbaijan'],
    ['the Ministry of Defence of the Russian Federation', 'mod-russia'],
    ['the Ministry of Foreign Affairs of the Republic of Armenia', 'mfa-armenia'],
    ['the Azerbaijani Ministry of Defense', 'mod-azerbaijan'],
    ['a representative of the Azerbaijani Ministry of Defense', 'mod-azerbaijan'],
    ['Azerbaijan’s Defence Ministry', 'mod-azerbaijan'],
    ['the State Department', 'us-state-department'],
    ['The Russian peacekeeping command', 'russian-peacekeepers'],
    ['US Department of State', 'us-state-department'],
    ['the U.S. State Department', 'us-state-department'],
    ['the press service of the Armenian government', 'armenian-government-press-service'],
    ['The Armenian service of Radio Liberty', 'radio-liberty-armenian'],
    ['Baku', 'gov-azerbaijan'],
    ['Yerevan', 'gov-armenia'],
    ['the Azerbaijani side', 'gov-azerbaijan'],
    ['Stepanakert', 'stepanakert'],
    ['Khankendi', 'stepanakert'],
    ['Garabagh', 'karabakh'],
    ['Artsakh', 'karabakh'],
    ['Nagorno-Karabakh', 'karabakh'],
    ['Nagorno Karabakh', 'karabakh'],
    ['Shushi', 'shusha'],
  ])('%s → %s', (mention, id) => expect(idOf(mention)).toBe(id));
});

describe('resolveEntity: roles are read at a date', () => {
  it('"the Azerbaijani foreign minister" is Bayramov in October 2020 and Mammadyarov in 2019', () => {
    expect(resolveEntityAt('the Azerbaijani foreign minister', { year: 2020, month: 10 })?.id).toBe(
      'bayramov',
    );
    expect(resolveEntityAt('the Azerbaijani foreign minister', { year: 2019 })?.id).toBe('mammadyarov');
  });

  it('a year in which the post changed hands does not pick a holder', () => {
    expect(resolveEntityAt('the Azerbaijani foreign minister', { year: 2020 })).toBeNull();
  });

  it('"the US Secretary of State" is Pompeo in 2020 and, without a date, Blinken (September 2023)', () => {
    expect(resolveEntityAt('the US Secretary of State', { year: 2020, month: 10 })?.id).toBe('pompeo');
    expect(idOf('the US Secretary of State')).toBe('blinken');
    expect(idOf('the Secretary')).toBe('blinken');
  });

  it('"the Armenian foreign minister" is Mnatsakanyan in 2020 and Mirzoyan in 2023', () => {
    expect(resolveEntityAt('the Armenian foreign minister', { year: 2020, month: 10 })?.id).toBe(
      'mnatsakanyan',
    );
    expect(idOf('the Armenian foreign minister')).toBe('mirzoyan');
  });
});

describe('resolveEntity: typos and unknowns', () => {
  it.each([
    ['Blinkin', 'blinken'],
    ['Pashinyian', 'pashinyan'],
    ['Secretary Blinkin', 'blinken'],
    ['Aliyeev', 'aliyev'],
  ])('a misspelt name: %s → %s', (mention, id) => expect(idOf(mention)).toBe(id));

  it('pronouns, descriptions and unknown names are not gazetteer entities', () => {
    for (const mention of [
      'He',
      'it',
      'the president',
      'the statement',
      'Anna Petrosyan',
      'residents of Stepanakert',
      '',
    ]) {
      expect(idOf(mention)).toBeNull();
    }
  });

  it('does not take another man sharing a first name for a misspelt holder: typos sit in one word', () => {
    expect(idOf('Ali Ahmadov')).toBeNull();
    expect(idOf('Nikol Pashinyian')).toBe('pashinyan');
  });

  it('takes no known given name for a typo of another: a man with another given name is another man', () => {
    expect(idOf('Arman Grigoryan')).toBeNull();
    expect(idOf('Secretary Arman Grigorian')).toBeNull();
    expect(idOf('Armen Tatoyan')).toBeNull();
  });

  it('still reads the spellings of one given name as that name', () => {
    expect(idOf('Armen Grigorian')).toBe('armen-grigoryan');
    expect(idOf('Sergey Lavrov')).toBe('lavrov');
    expect(idOf('Hikmat Hajiev')).toBe('hajiyev');
    expect(idOf('Ceyhun Bairamov')).toBe('bayramov');
  });

  it('takes no feminine surname for a typo of the masculine one: another person', () => {
    expect(idOf('Bayramova')).toBeNull();
    expect(idOf('Lala Hasanova')).toBeNull();
    expect(idOf('Aliyeva')).toBeNull();
  });

  it('takes no title word for a typo of a name: "Prime" is not Price', () => {
    expect(idOf('Deputy Prime')).toBeNull();
    expect(idOf('Prime')).toBeNull();
  });

  it('takes no name for another written shorter by its ending', () => {
    expect(idOf('Abdollahi')).toBeNull();
    expect(idOf('Abdollahian')).toBe('amir-abdollahian');
  });

  it('does not stretch a short common word into a name', () => {
    expect(idOf('Putt')).toBeNull();
    expect(idOf('Miler')).toBe('miller');
  });

  it('is fast: 20,000 look-ups well under a second', () => {
    const mentions = [
      'Blinken',
      'the Azerbaijani Ministry of Defense',
      'Jihon Permov',
      'Anna Petrosyan',
      'Baku',
      'He',
    ];
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) resolveEntity(mentions[i % mentions.length]!);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('textEntity: speakers the gazetteer lacks', () => {
  it('takes the proper name a description ends with', () => {
    expect(textEntity('Azerbaijani foreign ministry spokesperson Aykhan Hajizada')).toEqual({
      id: 'text:aykhan-hajizada',
      name: 'Aykhan Hajizada',
      kind: 'person',
      role: 'Azerbaijani foreign ministry spokesperson',
    });
  });

  it('a body named for an authority is the body, no person "Authority" with a role', () => {
    expect(textEntity('the Tavush Regional Executive Authority')).toMatchObject({
      id: 'text:tavush-regional-executive-authority',
    });
  });

  it('files a body’s national branch as a body, not a person ("Caritas Armenia")', () => {
    expect(textEntity('Oxfam Georgia')).toMatchObject({ id: 'text:oxfam-georgia', kind: 'organisation' });
    expect(textEntity('Anna Georgieva')).toMatchObject({ kind: 'person' });
  });

  it('a ministry of two domains joined by "and" is one body, no person after "and"', () => {
    expect(textEntity('The Ministry of Energy and Water Resources')).toMatchObject({
      id: 'text:ministry-of-energy-and-water-resources',
      kind: 'organisation',
    });
    expect(textEntity('Minister of Energy and Water Resources Davit Aslanyan')).toMatchObject({
      id: 'text:davit-aslanyan',
      kind: 'person',
    });
  });

  it('leaves one-word local office titles out of the name', () => {
    expect(textEntity('Councilmember Dana Okafor')).toMatchObject({ id: 'text:dana-okafor', kind: 'person' });
    expect(textEntity('Assemblymember Raffi Torosian')).toMatchObject({ id: 'text:raffi-torosian' });
    expect(textEntity('County Supervisor Lena Marsh')).toMatchObject({ id: 'text:lena-marsh' });
  });

  it('files an unnamed person or group under its description, without quantifier or what follows the head', () => {
    expect(textEntity('One local official')).toMatchObject({
      id: 'text:local-official',
      name: 'local official',
      kind: 'person',
    });
    expect(textEntity('a local official who asked not to be named')).toMatchObject({
      id: 'text:local-official',
      kind: 'person',
    });
    expect(textEntity('the witnesses')).toMatchObject({ id: 'text:witnesses', kind: 'group' });
    expect(textEntity('An aid worker from the charity')).toMatchObject({
      id: 'text:aid-worker',
      kind: 'person',
    });
    expect(textEntity('Residents of Gorha and Padankajan')).toMatchObject({
      id: 'text:residents',
      kind: 'group',
    });
    expect(textEntity('Residents who reached Goris')).toMatchObject({ id: 'text:residents', kind: 'group' });
  });

  it('keeps a body the gazetteer lacks whole: its "of …" is part of its name', () => {
    expect(textEntity('the Ministry of Health of Armenia')).toMatchObject({
      id: 'text:ministry-of-health-of-armenia',
      kind: 'organisation',
    });
    expect(textEntity('Human Rights Watch')).toMatchObject({
      id: 'text:human-rights-watch',
      kind: 'organisation',
    });
  });

  it('a title, abbreviated or not, is the role, never part of the name', () => {
    expect(textEntity('MP Armen Menbaian')).toEqual({
      id: 'text:armen-menbaian',
      name: 'Armen Menbaian',
      kind: 'person',
      role: 'MP',
    });
    expect(textEntity('Mayor Elnur Mirulli')).toMatchObject({ id: 'text:elnur-mirulli', role: 'Mayor' });
    expect(textEntity('regional governor Anna Mentarian')).toMatchObject({
      id: 'text:anna-mentarian',
      role: 'regional governor',
    });
    expect(textEntity('Opposition leader Pierre Hagorian')).toMatchObject({
      id: 'text:pierre-hagorian',
      role: 'Opposition leader',
    });
  });

  it('a single surname after a title is a name: "Deputy Foreign Minister Ararson", "Mr Overchuk"', () => {
    expect(textEntity('Deputy Foreign Minister Ararson')).toMatchObject({
      id: 'text:ararson',
      name: 'Ararson',
      role: 'Deputy Foreign Minister',
    });
    expect(textEntity('Mr Overchuk')).toEqual({ id: 'text:overchuk', name: 'Overchuk', kind: 'person' });
    expect(trailingProperName('Residents of Stepanakert')).toBeNull();
  });

  it('a title\'s domain after "for" is no part of the name: "Commissioner for Human Rights Lena Arakelyan"', () => {
    expect(trailingProperName('The Commissioner for Human Rights Lena Arakelyan')).toEqual({
      name: 'Lena Arakelyan',
      role: 'The Commissioner for Human Rights',
    });
    expect(trailingProperName('Minister for Territorial Administration Davit Hovsepyan')?.name).toBe(
      'Davit Hovsepyan',
    );
  });

  it('a body\'s noun after a title is no surname: "the UN General Assembly" stays whole', () => {
    expect(trailingProperName('the UN General Assembly')).toBeNull();
    expect(textEntity('the UN General Assembly')).toMatchObject({ id: 'text:un-general-assembly' });
    expect(textEntity('the National Assembly')).toMatchObject({
      id: 'text:national-assembly',
      kind: 'organisation',
    });
  });

  it('a name before a lower-case class word is the body: "the Interfax agency" is Interfax', () => {
    expect(textEntity('the Interfax agency')).toMatchObject({ id: 'text:interfax', kind: 'organisation' });
    expect(textEntity('the Zvezda TV channel')).toMatchObject({ id: 'text:zvezda' });
    expect(textEntity('The Human Rights Watch group')).toMatchObject({ id: 'text:human-rights-watch' });
    // A nationality names no body: "the Azerbaijani agency" stays as written.
    expect(textEntity('the Azerbaijani agency')).toMatchObject({ id: 'text:azerbaijani-agency' });
    expect(textEntity('the Eastern European group')).toMatchObject({ id: 'text:eastern-european-group' });
  });

  it('the place a body sits in is no part of its name; its owner is', () => {
    expect(textEntity('The Chilean embassy in Vienna')).toMatchObject({
      id: 'text:chilean-embassy',
      name: 'Chilean embassy',
      aliases: ['Chilean embassy in Vienna'],
    });
    expect(textEntity('the Home Office in London')).toMatchObject({ id: 'text:home-office' });
    expect(textEntity('the Ministry of Health in Stepanakert')).toMatchObject({
      id: 'text:ministry-of-health-in-stepanakert',
    });
    expect(textEntity('the Norwegian Refugee Council in Geneva')).toMatchObject({
      id: 'text:norwegian-refugee-council',
    });
  });
});

describe('findEntityMentions', () => {
  it('finds names as written, longest first, with offsets', () => {
    const text = 'Azerbaijani President Ilham Aliyev spoke to Antony Blinken about Stepanakert.';
    const found = findEntityMentions(text, 0, text.length).map((m) => [
      m.entity.id,
      text.slice(m.start, m.end),
    ]);
    expect(found).toEqual([
      ['aliyev', 'Ilham Aliyev'],
      ['blinken', 'Antony Blinken'],
      ['stepanakert', 'Stepanakert'],
    ]);
  });

  it('finds a capitalised name inside a longer lower-case phrase', () => {
    const text = 'the press service of the Armenian government reported.';
    expect(
      findEntityMentions(text, 0, text.length).map((m) => [m.entity.id, text.slice(m.start, m.end)]),
    ).toEqual([['gov-armenia', 'Armenian government']]);
  });

  it('only within the range asked, and not inside a longer word', () => {
    const text = 'Bakuvian officials met. Baku said Yerevan agreed.';
    expect(findEntityMentions(text, 24, 38).map((m) => text.slice(m.start, m.end))).toEqual(['Baku']);
    expect(findEntityMentions(text, 0, 10)).toEqual([]);
  });

  it('reads a lower-case variant after a capital ("Azerbaijan\'s foreign ministry") but never a plain word', () => {
    const text = "Azerbaijan's foreign ministry said the power was out.";
    expect(findEntityMentions(text, 0, text.length).map((m) => m.entity.id)).toEqual(['mfa-azerbaijan']);
  });
});

describe('gazetteer data', () => {
  it('has unique ids and no variant shared by two entities', () => {
    const ids = GAZETTEER.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) {
      for (const v of [e.name, ...e.variants]) {
        const key = v.toLowerCase();
        if (owner.has(key) && owner.get(key) !== e.id)
          throw new Error(`"${v}" names both ${owner.get(key)} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
  });
});
