import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf, timelineFor } from './statements.helpers.ts';

const speakersIn = (text: string) =>
  statementsOf(
    text,
    timelineFor(text, { year: 2023, month: 9, day: 20, precision: 'day', yearStatus: 'stated' }),
  ).map((s) => s.speaker);

describe('Karabakh’s authorities named by their place, with the words that describe them', () => {
  it.each([
    'An explosion near Stepanakert killed 20 people, the ethnic Armenian authorities of the region said.',
    'A blast near Stepanakert killed 20 people, the Armenian authorities in the region said.',
    'A blast near Stepanakert killed 20 people, the Armenian separatist authorities in the region said.',
    'The offensive, according to Armenian officials in Karabakh, killed at least 200 people.',
  ])('%s → karabakh-authorities', (text) => expect(speakersIn(text)).toEqual(['karabakh-authorities']));

  it('a status word after "Armenian" places them, whatever the sentence before names', () => {
    const text =
      'Hikmet Hajiyev, assistant to the President of the Republic of Azerbaijan, said aid was ready. According to information from the Armenian separatist authorities in the region, the depot near Khankendi exploded on Monday evening.';
    expect(speakersIn(text)).toContain('karabakh-authorities');
  });

  it('a ministry of the separatist administration, in a story about Karabakh, is the authorities', () => {
    const text =
      'Shelling hit Stepanakert overnight. The defence ministry of the separatist administration claimed that its forces had only returned fire.';
    expect(speakersIn(text)).toContain('karabakh-authorities');
  });

  it('a regional administration seated in a province of Armenia stays as written', () => {
    const text =
      'More than 100,000 people have left Nagorno-Karabakh, according to the Armenian government. About 2,000 of them live in Shirak province, the regional administration said.';
    expect(speakersIn(text)).toContain('text:regional-administration');
    expect(speakersIn(text)).not.toContain('karabakh-authorities');
  });
});

describe('an institution whose proper name is an office (CONVENTIONS 6, row AE)', () => {
  it.each([
    ["the Prime Minister's Office", 'text:office-of-the-prime-minister'],
    ["The Prosecutor General's Office", 'text:office-of-the-prosecutor-general'],
    ['the Office of the Prime Minister', 'text:office-of-the-prime-minister'],
  ])('%s → %s', (mention, id) => expect(textEntity(mention).id).toBe(id));

  it('keeps the name as written, for /who-said to find it by', () => {
    expect(textEntity("the Prime Minister's Office").name).toBe("Prime Minister's Office");
  });

  it('a person’s office stays the person’s', () => {
    expect(textEntity("Anna Berling's Office").id).toBe('text:anna-berling-office');
  });

  it('given a sentence, the office speaks under that name', () => {
    expect(speakersIn("The Prime Minister's Office said the talks would resume in March.")).toEqual([
      'text:office-of-the-prime-minister',
    ]);
  });
});

describe('a firm named after the writer’s class noun (CONVENTIONS 2, 7)', () => {
  it.each([
    ['The Slovak gas company SPP confirmed that it had signed a trial contract.', 'text:spp'],
    ['The Azerbaijani state oil company SOCAR said exports would grow.', 'text:socar'],
    ['The consulting company Caspian Advisory said the market would recover.', 'text:caspian-advisory'],
  ])('%s → %s', (text, id) => expect(speakersIn(text)).toEqual([id]));

  it('a role after the class noun is no firm’s name', () => {
    expect(speakersIn('The company spokesman John Smith said the plant was safe.')).toEqual([
      'text:john-smith',
    ]);
  });
});

describe('a society or association named with its "of" (CONVENTIONS 2: the fullest form of the name)', () => {
  it.each([
    ['The Armenian Relief Society of Eastern USA', 'text:armenian-relief-society-of-eastern-usa'],
    ['the Armenian Cultural Association of Manitoba', 'text:armenian-cultural-association-of-manitoba'],
  ])('%s → %s, a body, no person', (mention, id) => {
    expect(textEntity(mention).id).toBe(id);
    expect(textEntity(mention).kind).toBe('organisation');
  });

  it('a person of a body stays the person', () => {
    expect(textEntity('Tanya Lokshina of Human Rights Watch').id).toBe('text:tanya-lokshina');
  });
});
