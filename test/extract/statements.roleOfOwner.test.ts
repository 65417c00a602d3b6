import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

/** The speaker credited with the statement whose words start so. */
const saidBy = (text: string, start: string) => idsAndWords(text).find((s) => s.said.startsWith(start))?.id;

describe('"the <role> of <Name>": the name after "of" owns the role, it never speaks', () => {
  it.each([
    // A regional wire's style: a governor of a named county.
    ['The governor of Meghri Valley said', 'two houses were damaged', 'text:meghri-valley'],
    // A Red Crescent branch's head, as an agency report writes it.
    [
      'The head of the Syunik Red Crescent Society said that',
      'tents had been sent',
      'text:syunik-red-crescent-society',
    ],
    // A tabloid's "a lawyer for" a named detainee.
    ['A lawyer for Gevorg Hakobyan told reporters', 'the hearing was postponed', 'text:gevorg-hakobyan'],
    ['Supporters of Davit Sargsyan said', 'the vote had been rigged', 'text:davit-sargsyan'],
  ])('%s …: not %s', (lead, start, owner) => {
    const text = `YEREVAN, May 4 — ${lead} ${start} on Monday.`;
    const speaker = saidBy(text, start);
    expect(speaker).toBeDefined();
    expect(speaker).not.toBe(owner);
  });

  it('a pronoun after the role stays with the role, not the place', () => {
    const text =
      'The governor of Meghri Valley said two houses were damaged on Monday. No one was hurt, he told the agency.';
    expect(saidBy(text, 'No one was hurt')).toBe('text:governor');
  });

  it('a person named after a role of a body is still that person', () => {
    const text = 'Speaker of the National Assembly Alen Simonyan said the session would resume on Tuesday.';
    expect(saidBy(text, 'the session would resume')).toBe('alen-simonyan');
  });

  it('"President of Azerbaijan Ilham Aliyev" is Aliyev, the country before his name owns the title', () => {
    const text = 'President of Azerbaijan Ilham Aliyev said the talks had been useful.';
    expect(saidBy(text, 'the talks had been useful')).toBe('aliyev');
  });
});

describe('a ministry "of the unrecognized republic" is one of Karabakh’s authorities', () => {
  it.each([
    // A Moscow daily's style, the republic named.
    'The Defense Ministry of the unrecognized Nagorno-Karabakh Republic said that',
    'The Interior Ministry of the self-proclaimed Artsakh Republic said that',
    // The republic named before, only its status after.
    'According to the Interior Ministry of the unrecognized republic,',
  ])('%s …', (lead) => {
    const text = `MOSCOW, March 6 — Each side blames the other for the shooting in Nagorno-Karabakh. ${lead} two servicemen had been wounded.`;
    expect(saidBy(text, 'two servicemen had been wounded')).toBe('karabakh-authorities');
  });

  it('"the ministry" and "it" after it point back to the same authorities', () => {
    const text =
      'MOSCOW, March 6 — Each side blames the other for the shooting in Nagorno-Karabakh. ' +
      'According to the Interior Ministry of the unrecognized republic, a police car was ambushed at dawn. ' +
      'Two officers were killed, the ministry said. The officers, it stressed, were unarmed.';
    expect(saidBy(text, 'Two officers were killed')).toBe('karabakh-authorities');
    expect(saidBy(text, 'The officers')).toBe('karabakh-authorities');
  });

  it('"the ministry" after the region’s health ministry (a wire’s style)', () => {
    const text =
      'Shelling continued overnight across Nagorno-Karabakh. The health ministry of the self-proclaimed republic said 12 people were wounded. ' +
      'The ministry said later that two of them had died.';
    expect(saidBy(text, 'two of them had died')).toBe('karabakh-authorities');
  });

  it('the status alone names no polity in a story that never names Karabakh', () => {
    const text =
      'TIRASPOL, March 6 — Shooting was reported near the river. The Interior Ministry of the unrecognized republic said that two servicemen had been wounded.';
    expect(saidBy(text, 'two servicemen had been wounded')).not.toBe('karabakh-authorities');
  });
});

describe('"A spokesperson said" speaks for a body only the sentence before names', () => {
  it('the body of the sentence before owns the spokesperson', () => {
    const text =
      'Azerbaijan’s Foreign Ministry rejected the claim. "Residents are free to stay," a spokesperson said.';
    expect(saidBy(text, 'Residents are free to stay')).toBe('mfa-azerbaijan');
  });

  it('a body named two sentences back does not: the spokesperson stays unnamed', () => {
    const text =
      'Russian peacekeepers were deployed along the road in 2020. We asked the border service about the timeline. ' +
      'A spokesperson replied by email that "all construction took place on sovereign territory".';
    expect(saidBy(text, 'all construction took place')).toBe('text:spokesperson');
  });

  it('a body named two paragraphs back does not either', () => {
    const text =
      'The EU said on Monday that it was following events closely.\n\n' +
      'Residents of Goris queued for fuel overnight.\n\n' +
      'A spokesman said the shipment would arrive on Thursday.';
    expect(saidBy(text, 'the shipment would arrive')).toBe('text:spokesman');
  });
});

describe('"According to <a person described>, <Full Name>, …": the name speaks, the words start after it', () => {
  it.each([
    // A news agency's style, a provincial governor.
    ['According to the governor of Meghri Valley, Aram Khachatryan,', 'text:aram-khachatryan'],
    // A broadsheet's style, the head of a named charity.
    ['According to the head of the Syunik Red Cross branch, Aram Petrosyan,', 'text:aram-petrosyan'],
    // A tabloid's style, a lawyer.
    ["According to the family's lawyer, Gevorg Hakobyan,", 'text:gevorg-hakobyan'],
  ])('%s …', (lead, id) => {
    const text = `${lead} a 6-year-old boy was wounded on Monday. Another shell hit a water tank, he told reporters.`;
    expect(idsAndWords(text)).toEqual([
      { id, said: 'a 6-year-old boy was wounded on Monday' },
      { id, said: 'Another shell hit a water tank' },
    ]);
  });

  it('a body’s name before a comma is the content’s subject, not its source', () => {
    const text =
      'According to the ministry, Ruben Vardanyan, the former state minister, was detained at the checkpoint.';
    expect(idsAndWords(text)).toEqual([
      {
        id: 'text:ministry',
        said: 'Ruben Vardanyan, the former state minister, was detained at the checkpoint',
      },
    ]);
  });
});

describe('"he" and "she" point to people, never to a body named in capitals', () => {
  it('"he" after a woman named beside the Syunik Red Cross is no one’s', () => {
    const text =
      'According to the head of the Syunik Red Cross branch, Anna Petrosyan, tents were sent on Monday. ' +
      'More would follow, he told reporters.';
    expect(saidBy(text, 'More would follow')).not.toBe('text:syunik-red-cross');
  });

  it('"he" after a sentence that names only a body and a town is no one’s', () => {
    const text =
      'Aid workers of the Syunik Red Cross unloaded tents in Goris on Monday. More would follow, he told reporters.';
    expect(saidBy(text, 'More would follow')).toBeUndefined();
  });
});

describe('a given name set off after a person’s noun names that person for later pronouns', () => {
  it.each([
    // A magazine feature's style.
    ["Tigran's wife, Lusine, was ten when they left. She remembers the orchard.", 'text:lusine'],
    // A wire's profile, a teacher from a named town.
    ['A teacher from Goris, Narine, came back in May. She keeps the keys in a drawer.', 'text:narine'],
    // A local paper's style, a son.
    ['The couple’s son, Hayk, drives a truck now. He was born in a dormitory.', 'text:hayk'],
  ])('%s', (opening, id) => {
    const text = `Davit Grigoryan, 71, still keeps the folder. ${opening} "We planted forty trees," ${id === 'text:hayk' ? 'he' : 'she'} said.`;
    expect(saidBy(text, 'We planted forty trees')).toBe(id);
  });

  it('a town set off after a noun that is no person’s stays a town', () => {
    const text =
      'Davit Grigoryan, 71, went back to his birthplace, Goris, in May. "We planted forty trees," he said.';
    expect(saidBy(text, 'We planted forty trees')).toBe('text:davit-grigoryan');
  });
});

describe('an unnamed speaker is filed under what it is, not which one or how veiled (CONVENTIONS rule 5)', () => {
  it.each([
    // A trial monitor's note.
    ['The second witness, a woman from the village, told the court that', 'text:witness'],
    // A press review's style.
    ['An unnamed source in the ministry told the paper that', 'text:source'],
    // A wire's style.
    ['An informed source told the agency that', 'text:source'],
    ['A well-informed Western diplomat said', 'text:western-diplomat'],
  ])('%s …', (lead, id) => {
    const text = `BAKU, May 4 — ${lead} the talks would resume in June.`;
    expect(saidBy(text, 'the talks would resume')).toBe(id);
  });

  it('what kind of witness it was stays', () => {
    const text = 'The first defence witness told the court that the talks would resume in June.';
    expect(saidBy(text, 'the talks would resume')).toBe('text:defense-witness');
  });
});

describe('a state’s name and an initial before a surname, read as who they are', () => {
  it('"he" after a quote that opens with a state’s name is the spokesman, not the state', () => {
    const text =
      'TEHRAN — Foreign Ministry spokesman Reza Amini condemned the shelling.\n\n' +
      'Speaking at his weekly press conference, Amini said that Tehran had sent warnings to both embassies.\n\n' +
      '"The Islamic Republic of Iran respects the borders of all countries, but we will not allow the fire of this war to reach our soil," he said.';
    expect(saidBy(text, 'The Islamic Republic of Iran respects')).toBe('text:reza-amini');
  });

  it('"He noted" in council minutes is the person named by initial and surname just before', () => {
    const text =
      '1. LISTENED: The representative of the regional administration, A. Petrosyan, who replied that the hotels would be paid next week.\n\n' +
      '2. LISTENED: The head of the district clinic, Dr. L. Avetisyan, who reported that 12 wounded persons had been admitted. ' +
      'He noted that the staff had worked "for three days without rest".';
    expect(saidBy(text, 'the staff had worked')).toBe('text:l-avetisyan');
  });
});
