import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { speakersAndOpenings } from './statements.helpers.ts';

describe('an interview printed as plain paragraphs after its lead-in', () => {
  const story = (leadIn: string) =>
    [
      'The talks in Vienna ended without a date for the next round, the Foreign Ministry said.',
      leadIn,
      'Is the process dead?',
      'Not dead, but frozen. Nobody in either capital wants to be seen giving ground this year.',
      'And the mediators?',
      '"They can host, they cannot decide. That has always been the limit of their role."',
      'The next session of the border commission is planned for the spring.',
    ].join('\n\n');

  it('"Radio West asked X, a lecturer at …, what comes next": the answers are X\'s, the question is no one\'s', () => {
    const said = speakersAndOpenings(
      story('Radio West asked Ilona Varga, a lecturer at the University of Szeged, what comes next.'),
    );
    expect(said).toContainEqual(['text:ilona-varga', 'Not dead, but frozen. No']);
    // A quoted answer is the words inside its marks.
    expect(said).toContainEqual(['text:ilona-varga', 'They can host, they cann']);
    expect(said.some(([speaker]) => speaker === 'text:radio-west')).toBe(false);
    expect(said.map(([, quote]) => quote)).not.toContain('Is the process dead?');
  });

  it("the piece's prose after the last answer is not the answer going on", () => {
    const said = speakersAndOpenings(
      story('Radio West asked Ilona Varga, a lecturer at the University of Szeged, what comes next.'),
    );
    expect(said.map(([, quote]) => quote)).not.toContain('The next session of the b');
  });

  it('a name after an institution\'s "of" is no second person who might answer', () => {
    const said = speakersAndOpenings(
      story('We asked Ilona Varga of the Institute of International Studies how to read the pause.'),
    );
    expect(said).toContainEqual(['text:ilona-varga', 'Not dead, but frozen. No']);
  });

  it("questions with no lead-in that hands over to someone are the outlet's own explainer", () => {
    const said = speakersAndOpenings(story('The talks have a long history of false starts.'));
    expect(said.map(([, quote]) => quote)).not.toContain('Not dead, but frozen. No');
  });
});

describe('the pronoun of a clause set before its sentence', () => {
  it('"Hours after launching what it calls “…”, Azerbaijan …": the namer is the main clause\'s subject', () => {
    const said = speakersAndOpenings(
      'The shelling stopped at noon. Two days after starting what it calls "a limited police action", ' +
        'Azerbaijan announced talks with the local leaders.',
    );
    expect(said).toContainEqual(['gov-azerbaijan', 'a limited police action']);
    expect(said.some(([speaker]) => speaker.startsWith('text:two-days'))).toBe(false);
  });

  it('with no subject after the clause, the pronoun names no one', () => {
    const said = speakersAndOpenings(
      'Two days after starting what it calls "a limited police action", talks began.',
    );
    expect(said.some(([, quote]) => quote.startsWith('a limited police'))).toBe(false);
  });
});

describe('where the words start and end', () => {
  it('a setting set off by commas between "said" and "that" is no part of what was said', () => {
    const said = speakersAndOpenings(
      'Chancellor Anton Berger said on Friday, after a dinner with President Marc Delorme and Prime ' +
        'Minister Lucia Ferrante in Rome, that the three governments would fund the mission.',
    );
    expect(said).toContainEqual(['text:anton-berger', 'the three governments wo']);
  });

  it('"repeated that" reports the words again; "repeated the number" names a thing', () => {
    const said = speakersAndOpenings(
      'The Dutch Foreign Ministry repeated that the Netherlands "stands by the mission". ' +
        'A local channel repeated the number the next day.',
    );
    expect(said).toContainEqual(['text:dutch-foreign-ministry', 'the Netherlands "stands ']);
    expect(said).toHaveLength(1);
  });
});

describe("a deck's words end with its sentence", () => {
  it('"Yerevan says X. A truce …": the next sentence is the outlet\'s own', () => {
    const text =
      'World\n\nFighting flares on the border\n\n' +
      'Yerevan says four posts came under fire. A truce brokered by Moscow was announced later that night\n\n' +
      'By Staff Writer\nPublished 14 March 2023\n\n' +
      'Shelling resumed on Tuesday near the border village, local residents told reporters.\n';
    const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
    if (!isDocument(doc)) throw new Error('not a document');
    const said = extractCorpus([doc], new Date('2024-01-01'))
      .byDoc.get(doc.id)!
      .statements.filter((s) => s.context.end <= doc.bodyStart)
      .map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]);
    expect(said).toContainEqual(['gov-armenia', 'four posts came under fire']);
  });
});

describe('who issued a text', () => {
  it('"According to the statement released by the presidency of the self-proclaimed republic": Karabakh\'s authorities', () => {
    const said = speakersAndOpenings(
      'Baku halted its offensive in Karabakh on Tuesday. According to the statement released by the ' +
        'presidency of the self-proclaimed republic, the talks will open on Friday.',
    );
    expect(said).toContainEqual(['karabakh-authorities', 'the talks will open on F']);
  });

  it('"said the text, published by A and B": each issuer, the same words', () => {
    const said = speakersAndOpenings(
      'The talks ended late. "Both sides will open the border crossings," said the text, published ' +
        'simultaneously by the Armenian Foreign Ministry and the Azerbaijani Foreign Ministry.',
    );
    expect(said).toContainEqual(['mfa-armenia', 'Both sides will open the']);
    expect(said).toContainEqual(['mfa-azerbaijan', 'Both sides will open the']);
    expect(said.some(([speaker]) => speaker === 'text:text')).toBe(false);
  });
});

/** Speaker and words of every statement of a one-document corpus, headings included. */
function corpusSaid(text: string): [string, string, string | undefined][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .statements.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end), s.line]);
}

describe('a quote alone on a heading line is no statement: it names no one who said it', () => {
  const story = (teller: string) =>
    'News\n\nFloods cut off mountain villages\n"The bridge went in the night"\n\n' +
    'By Staff Writer\nPublished 14 March 2023\n\n' +
    `Rain fell for three days. ${teller} "The bridge went in the night. Now we wait for the helicopter," she said.\n\n` +
    '"We are not leaving our cows"\n\n' +
    'Farmer Petra Lindqvist stayed. "We are not leaving our cows, whatever the council says," she told us.\n';

  it('a quote headline and a quote subheading: the body’s speakers say the words once, in the body', () => {
    const said = corpusSaid(story('Marta Olsen, 52, runs the village shop.'));
    expect(said.filter(([, , line]) => line === 'headline')).toEqual([]);
    expect(said.filter(([speaker]) => speaker === 'text:marta-olsen')).toHaveLength(1);
    expect(said.filter(([speaker]) => speaker === 'text:petra-lindqvist')).toHaveLength(1);
  });
});

describe('the country a sentence opens in gives a bare body its side', () => {
  it('"In Armenia, the Ministry of Health said": Armenia\'s health ministry', () => {
    const said = speakersAndOpenings(
      'Shelling went on overnight. In Armenia, the Ministry of Health said that 12 soldiers were in hospital.',
    );
    expect(said).toContainEqual(['moh-armenia', '12 soldiers were in hosp']);
  });
});

describe('an abbreviation defined before a seat', () => {
  it('"The National Water Board (NWB) in Lausanne said … The NWB added": one speaker, the short form', () => {
    const said = corpusSaid(
      'News\n\nDams hold\n\nBy Staff Writer\n\n' +
        'The National Water Board (NWB) in Lausanne said that the dams were holding. ' +
        'The NWB added that it had sent two teams.\n',
    ).map(([speaker, words]) => [speaker, words]);
    expect(said).toEqual([
      ['text:nwb', 'the dams were holding'],
      ['text:nwb', 'it had sent two teams'],
    ]);
  });
});

describe('authorities named by where they are', () => {
  it('"The authorities of the enclave said" in a Karabakh story: Karabakh\'s authorities', () => {
    const said = speakersAndOpenings(
      'Azerbaijan pressed on in Nagorno-Karabakh. The authorities of the enclave said the roads were cut.',
    );
    expect(said).toContainEqual(['karabakh-authorities', 'the roads were cut']);
  });

  it('a deck "The authorities of the enclave say …" above a Karabakh story is theirs', () => {
    const said = corpusSaid(
      'World\n\nKarabakh fighters hand over their weapons\n\n' +
        'The authorities of the enclave say the handover will take a week. Talks open on Thursday\n\n' +
        'By Staff Writer\nPublished 21 September 2023\n\n' +
        'Columns of trucks left Stepanakert on Wednesday, witnesses said.\n',
    );
    expect(said).toContainEqual(['karabakh-authorities', 'the handover will take a week', 'headline']);
  });
});
