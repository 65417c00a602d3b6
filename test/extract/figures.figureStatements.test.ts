import { describe, expect, it } from 'vitest';
import { FigureStatements } from '../../src/extract/figures/figureStatements.ts';
import type { Entity, Span, Statement } from '../../src/extract/types.ts';

const person = (id: string, name: string): Entity => ({ id, name, kind: 'person' });

function statement(
  text: string,
  quoted: string,
  speaker: Entity,
  mention: string,
  kind: Statement['kind'],
): Statement {
  const start = text.indexOf(quoted);
  const quote: Span = { start, end: start + quoted.length };
  return {
    id: `d#${start}`,
    docId: 'd',
    speaker,
    mention,
    kind,
    quote,
    context: quote,
    sentence: 0,
    date: null,
    dateBasis: 'date not stated',
  };
}

describe('the statements a figure is looked up in', () => {
  const text =
    'Defence Minister Karen Avanesyan said 14 soldiers were killed overnight. ' +
    'The minister accused Baku of shelling 3 villages. ' +
    'Interior Minister Lusine Grigoryan said 9 civilians were wounded.';
  const avanesyan = person('avanesyan', 'Karen Avanesyan');
  const grigoryan = person('grigoryan', 'Lusine Grigoryan');
  const said = statement(
    text,
    '14 soldiers were killed overnight',
    avanesyan,
    'Defence Minister Karen Avanesyan',
    'reported',
  );
  const accused = statement(text, 'Baku of shelling 3 villages', avanesyan, 'The minister', 'reported');
  const other = statement(
    text,
    '9 civilians were wounded',
    grigoryan,
    'Interior Minister Lusine Grigoryan',
    'reported',
  );
  const lookup = new FigureStatements(text, [said, accused, other]);
  const span = (words: string): Span => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });

  it('gives the statement reported under a verb of saying that holds the count', () => {
    expect(lookup.quotedBy(span('14'))).toBe(said);
  });

  it('gives none for a count in a clause reported under a verb that tells no figure', () => {
    expect(lookup.quotedBy(span('3 villages'))).toBeNull();
  });

  it('reads "the minister" as the one minister quoted before the figure', () => {
    expect(lookup.roleHolder('the minister', text.indexOf('The minister'))).toBe(said);
  });

  it('leaves "the minister" unread once two ministers were quoted before it', () => {
    expect(lookup.roleHolder('the minister', text.length)).toBeNull();
  });
});
