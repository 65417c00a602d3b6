import { describe, expect, it } from 'vitest';
import { homeCountry } from '../../src/extract/statements/homeCountry.ts';
import { speakerIdsFrom, speakersShown } from './statements.helpers.ts';

describe('an unqualified national body is the home country’s of the document', () => {
  it('an Armenian agency’s date line: "the Ministry of Defense" is Armenia’s', () => {
    const text =
      'YEREVAN, March 4. /ARKA/. Two soldiers were wounded near Sotk overnight, the Ministry of Defense said.';
    expect(speakersShown(text)).toEqual(['mod-armenia']);
  });

  it('an Azerbaijani site naming itself in the lead: the ministry and "the Prosecutor General’s Office" are Azerbaijan’s', () => {
    const text = [
      'Society 12.05.2022 10:15',
      'The death toll from the mine blast in Tartar has risen to three, Minval.az reports citing the Defense Ministry.',
      'The Prosecutor General’s Office said a criminal case had been opened into the incident.',
    ].join('\n\n');
    expect(speakersShown(text)).toContain('prosecutor-general-azerbaijan');
    expect(speakersShown(text)).not.toContain('text:prosecutor-general-office');
  });

  it('a radio’s correspondent in the lead and the Foreign Ministry later', () => {
    const text = [
      'The convoy has been waiting at the checkpoint for a week, Public Radio of Armenia’s correspondent reports.',
      'The Foreign Ministry said it had informed the UN Security Council of the situation.',
    ].join('\n\n');
    expect(speakersShown(text)).toContain('mfa-armenia');
    expect(speakersShown(text)).not.toContain('text:foreign-ministry');
  });

  it('an outlet the metadata names: a national agency’s unqualified ministry', () => {
    const text =
      'Baku will not reopen the road until the checkpoint is accepted, the Foreign Ministry said on Friday.';
    expect(speakerIdsFrom('Azertac', text)).toEqual(['mfa-azerbaijan']);
  });

  it('a monitoring service’s translation of a broadcaster: the broadcaster’s country', () => {
    const text = [
      'Text of report by Azerbaijani state television AzTV on 3 May 2024',
      '[Presenter] Armenian units fired on army positions in the Lachin direction overnight, the Defence Ministry has said.',
      'According to the ministry’s information, one serviceman was wounded.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan']);
  });

  it('no outlet named, but Baku’s vocabulary in the copy’s own voice: Azerbaijan’s ministry', () => {
    const text = [
      'Politics',
      'Two more martyrs of the Patriotic War were laid to rest in Ganja on Sunday.',
      'Mine clearance in the liberated territories goes on, the Ministry of Defense said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
  });

  it('no outlet named, Yerevan’s vocabulary: Armenia’s ministry', () => {
    const text = [
      'The enemy shelled positions near Sotk overnight in a new act of Azerbaijani aggression.',
      'Three servicemen were wounded, the Ministry of Defense said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-armenia']);
  });

  it('Baku’s "liberated" as a verb of what the army took, beside its martyrs: Azerbaijan’s ministry', () => {
    const text = [
      'Economy',
      'The Azerbaijani Army liberated 12 villages in the first week, and the liberation of the district followed.',
      'Two martyrs were buried in Barda on Friday, the Ministry of Defense said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
  });

  it('one stray mark of the other side ("the enemy") does not undo copy written in one side’s words', () => {
    const text = [
      'Regions',
      'The enemy fired on positions near Kalbajar, a district liberated from occupation in the Patriotic War.',
      'A soldier was wounded and later became a martyr, the Ministry of Defense said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
    const mixed = [
      'The enemy shelled Sotk in an act of Azerbaijani aggression, while Baku spoke of martyrs of the Patriotic War.',
      'Three soldiers were wounded, the Ministry of Defense said.',
    ].join('\n\n');
    expect(speakersShown(mixed)).toEqual(['text:ministry-of-defense']);
  });

  it('one mark of a side, or the marks only inside a quote: left as written', () => {
    const once =
      'Mine clearance in the liberated territories goes on, the Ministry of Defense said on Monday.';
    expect(speakersShown(once)).toEqual(['text:ministry-of-defense']);
    const quoted = [
      'Baku calls the area "the liberated territories" and the dead "martyrs of the Patriotic War".',
      'Mine clearance goes on, the Ministry of Defense said on Monday.',
    ].join('\n\n');
    expect(speakersShown(quoted)).not.toContain('mod-azerbaijan');
  });

  it('a source that "informed" a national outlet’s site under a generic domain: that outlet’s country', () => {
    const text = [
      'A shepherd was wounded by a mine near Aghdam, the district police informed Musavat.com.',
      'The Prosecutor General’s Office said a criminal case had been opened.',
    ].join('\n\n');
    expect(speakersShown(text)).toContain('prosecutor-general-azerbaijan');
  });

  it('another country’s body of that name told before: left as written', () => {
    const text = [
      'YEREVAN, March 4. /ARKA/. Azerbaijan’s Defense Ministry claimed Armenian units had opened fire first.',
      'The Ministry of Defense said the claim was false.',
    ].join('\n\n');
    expect(speakersShown(text)).not.toContain('mod-armenia');
  });

  it('an agency filing from another capital: outlet and date line disagree, so no country', () => {
    const text = 'MOSCOW, June 2. /ARMENPRESS/. The talks would resume in July, the Foreign Ministry said.';
    expect(speakersShown(text)).toEqual(['text:foreign-ministry']);
  });

  it('a wire or foreign paper with no date line: whichever ministry the story means, so as written', () => {
    const text = 'Shelling continued near the border overnight, the Defense Ministry said in a statement.';
    expect(speakersShown(text)).toEqual(['text:defense-ministry']);
  });

  it('a body the gazetteer knows by its own words stays that body, never the home government', () => {
    const text = 'YEREVAN, May 2 (Wire) - The State Department said an envoy would travel to the region.';
    expect(speakersShown(text)).toEqual(['us-state-department']);
  });

  it('a body named with its country, in a spelling the gazetteer lacks, is still that country’s', () => {
    expect(
      speakersShown('Azerbaijan’s presidential administration said residents were free to stay.'),
    ).toEqual(['azerbaijani-presidential-administration']);
    expect(speakersShown('The Defence Ministry of Russia said five servicemen were killed.')).toEqual([
      'mod-russia',
    ]);
  });

  it('a roundup’s first date line decides, not a later one', () => {
    const text =
      'WASHINGTON — Talks resumed on Monday.\n\nYEREVAN, Sept. 26 — Shelling continued overnight, the Defense Ministry said.';
    expect(homeCountry(text, null)).toBeNull();
  });

  it('"Baku, however, …" opening a paragraph is prose, not a date line', () => {
    expect(
      homeCountry('Baku, however, says the road is open.\n\nThe Foreign Ministry said so.', null),
    ).toBeNull();
    expect(homeCountry('GANJA, March 3, 2021. The city was shelled.', null)).toBe('AZ');
    expect(homeCountry('Yerevan/Mediamax/. The government met.', null)).toBe('AM');
  });

  it('a date line opens a line: the first below a headline decides, none inside a sentence', () => {
    expect(homeCountry('Talks resume on the border\n\nBAKU, May 2. The commission met again.', null)).toBe(
      'AZ',
    );
    expect(
      homeCountry(
        'Talks resume\n\nSTEPANAKERT, May 2 (Reuters) - Shelling went on.\nBAKU, May 3. Quiet.',
        null,
      ),
    ).toBe('NK');
    expect(homeCountry('The envoy flew home, and in Yerevan, May 2, the cabinet met.', null)).toBeNull();
  });

  it('a site a source "informed" is the one publishing it; a site cited by "told" is not', () => {
    expect(
      homeCountry('A checkpoint was set up today, the State Border Service informed 1news.az.', null),
    ).toBe('AZ');
    expect(homeCountry('A checkpoint was set up today, a border guard told news.am.', null)).toBeNull();
  });

  it('a masthead that runs a capital into an outlet’s noun ("BakuPost") is that country’s outlet', () => {
    const text = [
      'Politics',
      '07 March 2024 10:15',
      'BakuPost',
      'A serviceman was wounded near Lachin on Wednesday, according to the Ministry of Defense.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
  });

  it('a stamp in Moscow time is a Russian outlet’s: "the Ministry of Defense" is Russia’s', () => {
    const text =
      'Peacekeepers take control of the corridor\n\n12 Nov 2020, 14:37 MSK\n\nAccording to the Ministry of Defense, 23 observation posts had been set up.';
    expect(homeCountry(text, null)).toBe('RU');
    expect(speakersShown(text)).toEqual(['mod-russia']);
  });
});

describe('Karabakh’s Armenian bodies by their many names are the Karabakh authorities', () => {
  it('"Artsakh", "NKR" and "of Artsakh" before or after a body’s name', () => {
    expect(speakersShown('According to the Artsakh Defense Army, 12 more servicemen were killed.')).toEqual([
      'karabakh-authorities',
    ]);
    expect(
      speakersShown('The NKR Emergency Situations Service reported that Martuni was shelled overnight.'),
    ).toEqual(['karabakh-authorities']);
    expect(speakersShown('The Ministry of Health of Artsakh said two of the wounded were children.')).toEqual(
      ['karabakh-authorities'],
    );
  });

  it('"ethnic Armenian officials", as the wires call the region’s officials, with or without "in the region"', () => {
    const text = [
      'Azerbaijan retook the enclave in a one-day offensive.',
      'Ethnic Armenian officials said at least 90 people were killed in the fighting.',
      'Ethnic Armenian officials in the region said more than 300 were wounded.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['karabakh-authorities', 'karabakh-authorities']);
  });

  it('"the de facto health ministry" in a story about Karabakh', () => {
    const text =
      'Hospitals in Stepanakert are short of insulin. The de facto health ministry said 20 patients were waiting for transfer.';
    expect(speakersShown(text)).toEqual(['karabakh-authorities']);
  });

  it('"the separatist regime" (in Khankendi) in Azerbaijani copy about Karabakh is its government', () => {
    const text =
      'Convoys crossed into Karabakh overnight. The separatist regime in Khankendi claimed that a post had been shelled. ' +
      'Later the separatist regime said that the road was closed.';
    expect(speakersShown(text)).toEqual(['karabakh-authorities', 'karabakh-authorities']);
  });

  it('a person with a Karabakh title stays a person, and Armenia’s body is Armenia’s', () => {
    expect(
      speakersShown('Artsakh Human Rights Defender Artak Beglaryan said the cathedral was hit twice.'),
    ).not.toContain('karabakh-authorities');
    expect(speakersShown('The Armenian Defense Ministry said the border was calm.')).toEqual(['mod-armenia']);
  });
});

describe('the home country’s bare body name stays the writer’s own after a foreign one is named', () => {
  it('"the Ministry of Defense" used bare before "the Ministry of Defense of Armenia" is still Azerbaijan’s after it', () => {
    const text = [
      'BAKU, May 3. Two soldiers were wounded in the Tovuz direction, the Ministry of Defense said.',
      'The Ministry of Defense of Armenia claimed that its positions had been shelled first.',
      'Military analyst Rauf Mammadli told reporters that the flare-up was planned in advance.',
      'Later the Ministry of Defense said that the situation had stabilised by the evening.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([
      'mod-azerbaijan',
      'mod-armenia',
      'text:rauf-mammadli',
      'mod-azerbaijan',
    ]);
  });

  it('a foreign body named before any bare use still leaves the bare name unresolved', () => {
    const text = [
      'BAKU, May 3. The Ministry of Defense of Armenia claimed that its positions had been shelled.',
      'The Ministry of Defense said that the claim was false.',
    ].join('\n\n');
    expect(speakersShown(text)).not.toContain('mod-azerbaijan');
  });

  it('an outlet told something in the lead is the outlet writing: its country is the document’s', () => {
    const text = [
      'The first convoy left the city on Tuesday morning, a regional official told MK on condition of anonymity.',
      'The Ministry of Defense said that the redeployment would be completed within weeks.',
    ].join('\n\n');
    expect(homeCountry(text, null)).toBe('RU');
    expect(speakersShown(text)).toContain('mod-russia');
  });

  it('"the ministry" after a body named without its country in a home outlet is the home body', () => {
    const text = [
      'Official 05.03.2022 / 11:20',
      'Foreign Ministry spokesperson Leyla Abdullayeva said that the talks "will continue next month." The ministry also said that the date had been agreed.',
      'The 44-day Patriotic War ended in the liberation of the occupied lands; the families of the martyrs were honoured.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['leyla-abdullayeva', 'mfa-azerbaijan']);
  });
});

describe('authorities named by where they are take the seat of the place their sentence names', () => {
  it('"the local authorities" after a place in Karabakh', () => {
    const text =
      'On September 25, 2023, an explosion at a fuel depot near Stepanakert killed 68 people, according to the local authorities.';
    expect(speakersShown(text)).toEqual(['karabakh-authorities']);
  });

  it('a town that seats no government leaves them as written', () => {
    const text = 'In September 2023, hotels in Goris filled with refugees, the local authorities said.';
    expect(speakersShown(text)).toEqual(['text:local-authorities']);
  });
});

describe('a body named after its country’s possessive keeps its country', () => {
  it('two countries’ bodies of one name never share an id', () => {
    const text =
      "Armenia's health ministry said 40 people were in hospital. Azerbaijan's health ministry said six soldiers had been treated.";
    expect(speakersShown(text)).toEqual(['moh-armenia', 'moh-azerbaijan']);
  });
});

describe('"the ministry" after a known spokesperson of a ministry named without its country', () => {
  it('is the ministry of the spokesperson’s country', () => {
    const text =
      'In Moscow, Foreign Ministry spokeswoman Maria Zakharova said the road must stay open. The ministry also said that talks with both capitals were under way.';
    expect(speakersShown(text)).toEqual(['zakharova', 'mfa-russia']);
  });
});

describe('more ways a national outlet names itself in its lead', () => {
  it('an agency’s "City. Outlet." opening ("Baku. Report.Az.")', () => {
    const text =
      'Baku. Report.Az. Two deminers were injured in the Tartar district, the Ministry of Defense said.';
    expect(homeCountry(text, null)).toBe('AZ');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
  });

  it('"<Outlet> correspondent reports" without a possessive', () => {
    const text =
      'Villages near the border were shelled overnight, Panorama.Am correspondent reports from Tavush.\n\nThe Foreign Ministry said that the shelling was a provocation.';
    expect(homeCountry(text, null)).toBe('AM');
  });
});

describe('an article from a home outlet the text names late or in passing', () => {
  it('"This was reported to Unikal.org by …": a source reporting to the site publishing it', () => {
    const text = [
      'Incident',
      'A deminer was injured near Aghdam, this was reported to Unikal.org by the agency.',
      'The Prosecutor General’s Office said a criminal case had been opened.',
    ].join('\n\n');
    expect(homeCountry(text, null)).toBe('AZ');
    expect(speakersShown(text)).toEqual(['prosecutor-general-azerbaijan']);
  });

  it('an Azerbaijani paper an expert talks to at the end: "the Foreign Ministry" is Azerbaijan’s', () => {
    const text = [
      'Politics',
      'A checkpoint was set up on the road on Sunday. The Foreign Ministry said the step was lawful.',
      'The road was a black box, analyst Farid Aliyev told Zerkalo.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mfa-azerbaijan', 'text:farid-aliyev']);
  });

  it('an Armenian site a witness talks to: "the Ministry of Defense" is Armenia’s', () => {
    const text = [
      'Two soldiers were wounded near Jermuk overnight, the Ministry of Defense said.',
      'We heard the shelling all night, a resident told Kentron.',
    ].join('\n\n');
    expect(speakersShown(text)[0]).toBe('mod-armenia');
  });

  it('a foreign outlet’s bare ministry stays as written, however the speakers are told', () => {
    const text = [
      'Two soldiers were wounded near the border overnight, the Ministry of Defense said.',
      'We heard the shelling all night, a resident told Reuters.',
    ].join('\n\n');
    expect(homeCountry(text, null)).toBeNull();
    expect(speakersShown(text)[0]).not.toBe('mod-armenia');
  });

  it('a body the article abbreviates keeps its abbreviation in a home outlet (conventions rule 7)', () => {
    const text =
      'BAKU, April 23. The State Border Service (SBS) said the checkpoint would operate around the clock.';
    expect(homeCountry(text, null)).toBe('AZ');
    expect(speakersShown(text)).not.toContain('sbs-azerbaijan');
  });
});

describe('a bare body set in a capital by the sentence’s opening frame is that government’s', () => {
  it('"In Baku, the Defense Ministry said" after Armenia’s ministry spoke is Azerbaijan’s, and so are "It" and "the ministry"', () => {
    const text = [
      'Armenia’s Defense Ministry said two border posts had come under mortar fire near Sotk.',
      'In Baku, the Defense Ministry said its positions had been shelled first. It said three of its soldiers were wounded. The ministry later said the situation was under control.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([
      'mod-armenia',
      'mod-azerbaijan',
      'mod-azerbaijan',
      'mod-azerbaijan',
    ]);
  });

  it('a frame with a day: "In Yerevan on Monday, the Foreign Ministry said"', () => {
    const text = [
      'Russia’s Foreign Ministry said talks would resume next week.',
      'In Yerevan on Monday, the Foreign Ministry said it had not been told of any date.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mfa-russia', 'mfa-armenia']);
  });

  it('a town that seats no government sets no owner', () => {
    const text = 'In Goris, the ministry said the shelters were full.';
    expect(speakersShown(text)).not.toContain('mod-armenia');
    expect(speakersShown(text)).not.toContain('gov-armenia');
  });

  it('a body with its own country keeps it whatever the frame', () => {
    const text = 'In Moscow, the Armenian Foreign Ministry said the talks had been useful.';
    expect(speakersShown(text)).toEqual(['mfa-armenia']);
  });
});

describe('a text in one side’s official vocabulary: its bare bodies are that side’s', () => {
  it('"liberated territories" and "the Great Return" in the writer’s own voice make "The Ministry of Defense" Azerbaijan’s', () => {
    const text = [
      'Resettlement under the Great Return programme continued this week in the liberated territories.',
      'The Ministry of Defense informed that engineering units had cleared another 40 hectares near Fuzuli.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
    expect(homeCountry(text, null)).toBe('AZ');
  });

  it('the Great Return alone is passing use, no side', () => {
    const text = 'Officials call it the Great Return. The Ministry of Defense said the roads were open.';
    expect(homeCountry(text, null)).toBeNull();
  });
});
