import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

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
    const said = who(
      story('Radio West asked Ilona Varga, a lecturer at the University of Szeged, what comes next.'),
    );
    expect(said).toContainEqual(['text:ilona-varga', 'Not dead, but frozen. No']);
    // A quoted answer is the words inside its marks.
    expect(said).toContainEqual(['text:ilona-varga', 'They can host, they cann']);
    expect(said.some(([speaker]) => speaker === 'text:radio-west')).toBe(false);
    expect(said.map(([, quote]) => quote)).not.toContain('Is the process dead?');
  });

  it("the piece's prose after the last answer is not the answer going on", () => {
    const said = who(
      story('Radio West asked Ilona Varga, a lecturer at the University of Szeged, what comes next.'),
    );
    expect(said.map(([, quote]) => quote)).not.toContain('The next session of the b');
  });

  it('a name after an institution\'s "of" is no second person who might answer', () => {
    const said = who(
      story('We asked Ilona Varga of the Institute of International Studies how to read the pause.'),
    );
    expect(said).toContainEqual(['text:ilona-varga', 'Not dead, but frozen. No']);
  });

  it("questions with no lead-in that hands over to someone are the outlet's own explainer", () => {
    const said = who(story('The talks have a long history of false starts.'));
    expect(said.map(([, quote]) => quote)).not.toContain('Not dead, but frozen. No');
  });
});

describe('the pronoun of a clause set before its sentence', () => {
  it('"Hours after launching what it calls “…”, Azerbaijan …": the namer is the main clause\'s subject', () => {
    const said = who(
      'The shelling stopped at noon. Two days after starting what it calls "a limited police action", ' +
        'Azerbaijan announced talks with the local leaders.',
    );
    expect(said).toContainEqual(['gov-azerbaijan', 'a limited police action']);
    expect(said.some(([speaker]) => speaker.startsWith('text:two-days'))).toBe(false);
  });

  it('with no subject after the clause, the pronoun names no one', () => {
    const said = who('Two days after starting what it calls "a limited police action", talks began.');
    expect(said.some(([, quote]) => quote.startsWith('a limited police'))).toBe(false);
  });
});

describe('where the words start and end', () => {
  it('a setting set off by commas between "said" and "that" is no part of what was said', () => {
    const said = who(
      'Chancellor Anton Berger said on Friday, after a dinner with President Marc Delorme and Prime ' +
        'Minister Lucia Ferrante in Rome, that the three governments would fund the mission.',
    );
    expect(said).toContainEqual(['text:anton-berger', 'the three governments wo']);
  });

  it('"repeated that" reports the words again; "repeated the number" names a thing', () => {
    const said = who(
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
