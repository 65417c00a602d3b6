import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { saidSpans } from '../../src/extract/statements/clause.ts';
import { pastSettingOfSaying } from '../../src/extract/statements/settingOfSaying.ts';
import type { Statement } from '../../src/extract/types.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** The statements of a one-piece corpus, run through the whole extraction, and the piece's text. */
function extracted(text: string): { statements: Statement[]; body: string } {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return { statements: extractCorpus([doc], NOW).byDoc.get(doc.id)!.statements, body: doc.text };
}

/** Each statement as "kind: content" (its clause when it has one), its pieces joined by " … ". */
function said(text: string): string[] {
  const { statements, body } = extracted(text);
  return statements.map(
    (s) =>
      `${s.kind}: ${saidSpans(s)
        .map((q) => body.slice(q.start, q.end))
        .join(' … ')}`,
  );
}

describe('content: a quote goes on after the attribution’s own clause', () => {
  it('“A,” she said, adding that B. “C.”: C goes on with the quote A; B is its own saying', () => {
    expect(
      said(
        '“The harvest was thin,” the farmer said, adding that the rains came late this year. ' +
          '“We will plant again in spring.”',
      ),
    ).toEqual([
      'direct: The harvest was thin, … We will plant again in spring.',
      'reported: the rains came late this year',
    ]);
  });

  it('a noting clause between two quotes does not take the second quote', () => {
    expect(
      said(
        '"Turnout was low," Dara Quill said, noting that two polling stations opened an hour late. ' +
          '"Next time we will open them ourselves."',
      ),
    ).toEqual([
      'direct: Turnout was low, … Next time we will open them ourselves.',
      'reported: two polling stations opened an hour late',
    ]);
  });
});

describe('content: a heading under a quote is no signature', () => {
  it('a capitalised heading line after the quote names no one: the quote before goes on', () => {
    const text =
      '“The talks were useful,” Admiral Rhee Tanaka told reporters. “The next round is in May. We will attend.”\n\n' +
      'REGIONAL OUTLOOK.\n\nThe ministers met again on Friday.';
    expect(said(text)).toEqual([
      'direct: The talks were useful, … The next round is in May. We will attend.',
    ]);
  });

  it('a real signature line still gives the quote block its speaker', () => {
    const text = '“We have delivered water to every camp.”\n\nMara Velde, Regional Director\n\nMore follows.';
    expect(extracted(text).statements.map((s) => s.mention)).toEqual(['Mara Velde']);
  });
});

describe('content: a participle’s clause that runs into a quote', () => {
  it('“A,” X said, adding that B “C.”: the second saying is the clause with its quote', () => {
    expect(
      said('“The bridge is safe,” Mona Reyes said, adding that the inspectors “found nothing to fix.”'),
    ).toEqual(['direct: The bridge is safe,', 'reported: the inspectors “found nothing to fix.”']);
  });

  it('the sentence’s full stop after the closing mark is left out', () => {
    expect(
      said('"Prices will fall," Gov. Ray Hollis said, noting that the new port would "change everything".'),
    ).toEqual(['direct: Prices will fall,', 'reported: the new port would "change everything"']);
  });

  it('a participle straight into its quote keeps the quote alone', () => {
    expect(said('“It is a clash,” Mona Reyes said, adding, “We must stop it.”')).toEqual([
      'direct: It is a clash,',
      'direct: We must stop it.',
    ]);
  });
});

describe('content: who was told ends where the clause’s subject begins', () => {
  it('told a news agency, then a clause opened by a possessive: the clause', () => {
    expect(said('Senator Ann Corbin told the AP her firm never worked with the ministry.')).toEqual([
      'reported: her firm never worked with the ministry',
    ]);
  });

  it('told a named host, then a clause opened by an article: the clause', () => {
    expect(said('Senator Ann Corbin told host Sam Hale a loss is “increasingly likely.”')).toEqual([
      'reported: a loss is “increasingly likely.”',
    ]);
  });

  it('told them, then a name and its verb: the name is the clause’s subject', () => {
    expect(
      said('At the rally, Senator Ann Corbin told them Hollis has too many donors on Wall Street.'),
    ).toEqual(['reported: Hollis has too many donors on Wall Street']);
  });

  it('a weekday after who was told is not the subject', () => {
    expect(said('Senator Ann Corbin told reporters Tuesday the plan was dead.')).toEqual([
      'reported: the plan was dead',
    ]);
  });

  it('told voters, then a noun phrase and its verb: the clause', () => {
    expect(said('Senator Ann Corbin told voters the governor is lying.')).toEqual([
      'reported: the governor is lying',
    ]);
  });
});

describe('content: a quoted name that opens the writer’s next sentence', () => {
  it('a short quote the sentence runs on from in lower case is no more of the quote before', () => {
    const text =
      '“It renews the whole library,” said Dana Holt, head of the studio.\n\n' +
      '“Harbor Watch,” the 1970s drama the studio revived last year, is the model for that plan.';
    expect(said(text)).toEqual(['direct: It renews the whole library,']);
  });

  it('a quote that goes on as speech still continues the one before', () => {
    const text = '“It renews the whole library,” said Dana Holt. “Old shows sell again.”';
    expect(said(text)).toEqual(['direct: It renews the whole library, … Old shows sell again.']);
  });
});

describe('content: a clause goes on after a quote that ends in a word', () => {
  it('an -ing word right after a quote with no stop of its own is its object', () => {
    expect(
      said(
        'Senator Ann Corbin said she would "certainly look into" releasing the transcripts of her speeches.',
      ),
    ).toEqual(['reported: she would "certainly look into" releasing the transcripts of her speeches']);
  });
});

describe('content: the setting of the saying between the verb and what was said', () => {
  it('in a statement, a time, then a clause with no "that": the clause', () => {
    expect(said('Senator Ann Corbin said in a statement Friday evening they withdrew the listing.')).toEqual([
      'reported: they withdrew the listing',
    ]);
  });

  it('at a rally, then an infinitive: the infinitive is what was promised', () => {
    expect(said('Senator Ann Corbin promised at a Salem rally to end the program.')).toEqual([
      'reported: to end the program',
    ]);
  });

  it('on a show named in quotes, then "that": the clause after "that"', () => {
    expect(said('Senator Ann Corbin said on WKRT\'s "Week in Review" that the bill was dead.')).toEqual([
      'reported: the bill was dead',
    ]);
  });

  it('"to the …" after the setting is a preposition, not an infinitive that was said', () => {
    const prep = ' in an email to the station’s Ray Lind, and more.';
    expect(pastSettingOfSaying(prep, 0, prep.length)).toBe(0);
    const infinitive = ' at a Salem rally to end the program.';
    expect(infinitive.slice(pastSettingOfSaying(infinitive, 0, infinitive.length))).toBe(
      'to end the program.',
    );
  });

  it('a setting whose noun goes on ("an interview taped …") is left to the other rules', () => {
    expect(
      said('Senator Ann Corbin said in a radio interview taped before the vote that the bill was dead.'),
    ).toEqual(['reported: the bill was dead']);
  });
});

describe('content: an attribution set off by commas inside what was said', () => {
  it('"A, X argued, B": what was said is A … B, as with "said"', () => {
    expect(said('The appeal of a flat tax, Senator Ann Corbin argued, is largely a myth.')).toEqual([
      'reported: The appeal of a flat tax … is largely a myth',
    ]);
  });

  it('a plural "say" between commas: A … B', () => {
    expect(said('Cutting the budget too soon, economists say, slowed the recovery.')).toEqual([
      'reported: Cutting the budget too soon … slowed the recovery',
    ]);
  });
});

describe('content: a quote whose sentence goes on past its closing mark, then the attribution', () => {
  it.each([
    [
      '“I doubt it very much” that the ferry will sail on time, Tom Aster said.',
      'direct: “I doubt it very much” that the ferry will sail on time',
    ],
    [
      '“The harbour will close for good” if the dredging stops, said Tom Aster.',
      'direct: “The harbour will close for good” if the dredging stops',
    ],
    [
      '“Our members feel vindicated” by the court, said Rosa Dell, the union president.',
      'direct: “Our members feel vindicated” by the court',
    ],
  ])('given %s, what was said is the whole clause, marks kept', (text, shown) => {
    expect(said(text)).toEqual([shown]);
  });

  it('a quote closed by its own comma before the attribution is the quote alone', () => {
    expect(said('“We won the vote,” Tom Aster said.')).toEqual(['direct: We won the vote,']);
  });
});
