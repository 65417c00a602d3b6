import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Given a sentence: its statements as "kind: content", content verbatim. */
const said = (text: string) => statementsOf(text).map((s) => `${s.kind}: ${s.quote}`);

describe('a quote after the clause’s own subject: the clause is what was said (CONVENTIONS 16)', () => {
  it.each([
    [
      'The relief group said it was "alarmed" by the number of families sleeping outside.',
      'reported: it was "alarmed" by the number of families sleeping outside',
    ],
    [
      'Senator Ruth Alder said that Georgia "had not been told" about the transfer.',
      'reported: Georgia "had not been told" about the transfer',
    ],
    [
      'The ombudsman said they "will not stop" until every detainee is home.',
      'reported: they "will not stop" until every detainee is home',
    ],
  ])('%s', (text, content) => {
    expect(said(text)).toEqual([content]);
  });

  it('the clause opens at its subject also when more follows the quote', () => {
    expect(
      said('The envoy told the ministers that the offensive "must end now" and that talks should resume.')[0],
    ).toMatch(/^reported: the offensive "must end now"/);
  });
});

describe('a quote that opens the content stays the saying', () => {
  it.each([
    ['The minister called for an "immediate halt" to the fighting.', 'direct: immediate halt'],
    ['The council urged both parties to "return to the table" before winter.', 'direct: return to the table'],
    ['The mayor said that "the budget is balanced."', 'direct: the budget is balanced.'],
  ])('%s', (text, content) => {
    expect(said(text)).toEqual([content]);
  });
});
