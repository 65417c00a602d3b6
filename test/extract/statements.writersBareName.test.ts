import { describe, expect, it } from 'vitest';
import { headlineSaid as said, speakersShown } from './statements.helpers.ts';

describe('a bare body name keeps the body the writer first used it for', () => {
  it('named with its country, then bare, then other countries named: a later bare use is the first body', () => {
    const text = [
      'The Ministry of Defense of Azerbaijan said that two posts near Zabukh came under fire at night.',
      'The Ministry of Defense said that one soldier was hurt in the exchange.',
      'The Armenian Defense Ministry said that its units had not opened fire first.',
      'Russia’s Defense Ministry said that the sides had agreed to a pause by the evening.',
      'Three reporters were allowed to visit the area on Friday.',
      'According to the Ministry of Defense, the soldier has since left hospital.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([
      'mod-azerbaijan',
      'mod-azerbaijan',
      'mod-armenia',
      'mod-russia',
      'mod-azerbaijan',
    ]);
  });

  it('another country’s body named in the paragraph before: the bare name stays as written', () => {
    const text = [
      'The Ministry of Defense of Azerbaijan said that two posts near Zabukh came under fire at night.',
      'The Ministry of Defense said that one soldier was hurt in the exchange.',
      'The Armenian Defense Ministry said that its units had not opened fire first.',
      'The Ministry of Defense said that a second soldier was missing.',
    ].join('\n\n');
    expect(speakersShown(text).at(-1)).toBe('text:ministry-of-defense');
  });

  it('two countries’ ministries named before the writer ever used the bare name: no country is given', () => {
    const text = [
      'Armenia’s Defense Ministry said that a convoy had reached Goris.',
      'Azerbaijan’s Defense Ministry said that a checkpoint had been moved.',
      'Two more convoys are expected next week.',
      'Trucks waited at the border for hours.',
      'The Defense Ministry said that the talks would go on.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-armenia', 'mod-azerbaijan', 'text:defense-ministry']);
  });

  it('a place word before a headline’s dash credit is no country of the ministry', () => {
    const text = [
      'Politics',
      'Shelling has stopped along the line in Karabakh – Ministry of Defense',
      '14.05.2022 / 10:05',
      'Ann.az reports, citing the Ministry of Defense, that the positions of our army were not shelled overnight.',
      'The ministry said that the situation in the border villages was calm.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan']);
  });
});

describe('a headline credit naming a body bare', () => {
  it('the body also named bare below is the one meant, not another country’s named with its country', () => {
    const text =
      'Two servicemen were wounded near Zabukh – Ministry of Defense\n\n' +
      'Two servicemen were wounded near Zabukh on Monday, the Ministry of Defense of Azerbaijan said.\n\n' +
      'The Ministry of Defense said that the wounded were in a stable condition.\n\n' +
      'The Ministry of Defense of Armenia said that its positions had not fired.\n';
    expect(said(text)?.[0]).toBe('mod-azerbaijan');
  });
});

describe('a home country told by the text itself', () => {
  it('a masthead whose outlet name holds one country, its ministry named first: a late bare name is that country’s', () => {
    const text = [
      'Shelling resumes near Vardenis',
      'Caucasus Armenian Report',
      'The Ministry of Defense of Armenia said that two villages near Vardenis were shelled at dawn.',
      'In Baku, the Ministry of Defense of Azerbaijan said that its units had only returned fire.',
      'Aid convoys reached the villages by noon.',
      'Schools in the district will stay closed until Monday.',
      'Four houses were hit during the night, according to the Ministry of Defense.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-armenia', 'mod-azerbaijan', 'mod-armenia']);
  });

  it('a name without an outlet’s noun is no outlet: the late bare name stays as written', () => {
    const text = [
      'Shelling resumes near Vardenis',
      'Armenian Villages Shelled',
      'The Ministry of Defense of Armenia said that two villages near Vardenis were shelled at dawn.',
      'In Baku, the Ministry of Defense of Azerbaijan said that its units had only returned fire.',
      'Aid convoys reached the villages by noon.',
      'Schools in the district will stay closed until Monday.',
      'Four houses were hit during the night, according to the Ministry of Defense.',
    ].join('\n\n');
    expect(speakersShown(text).at(-1)).toBe('text:ministry-of-defense');
  });

  it('a byline naming the outlet: "By The Moscow Times"', () => {
    const text = [
      'Two Officers Hurt Near Lachin',
      'By The Moscow Times',
      'Two Russian officers were hurt near Lachin on Monday when their truck hit a mine, the Defense Ministry said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-russia']);
  });
});

describe('"X informs citing Y": the agency relays, the source it cites says', () => {
  it('the cited ministry is the speaker, and "the Ministry" after it points back to it', () => {
    const text = [
      'The border villages were calm overnight, Ann.az informs citing the Ministry of Defense.',
      'The Ministry informed that no shots had been fired since Sunday.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan']);
  });
});

describe('a site told something far down the text is the one that publishes it', () => {
  it('"…, told Ann.az" late in a text with no other evidence: the bare office is Azerbaijan’s', () => {
    const text = [
      'Two farmers were hurt when their truck hit a mine near Aghdam, the Prosecutor General’s Office said.',
      'The field had been checked last spring, deminers said.',
      'A neighbour, who asked not to be named, told Ann.az that the men had worked there for weeks.',
    ].join('\n\n');
    expect(speakersShown(text)[0]).toBe('prosecutor-general-azerbaijan');
  });

  it('sites of two countries told: no home country', () => {
    const text = [
      'Two farmers were hurt when their truck hit a mine near Aghdam, the Prosecutor General’s Office said.',
      'A neighbour told Ann.az that the men had worked there for weeks.',
      'An expert told Lragir.am that the maps were old.',
    ].join('\n\n');
    expect(speakersShown(text)[0]).toBe('text:office-of-the-prosecutor-general');
  });
});
