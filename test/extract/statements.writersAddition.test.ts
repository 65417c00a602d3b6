import { describe, expect, it } from 'vitest';
import {
  additionAfterVerb,
  lastCommaBeforeAdjunct,
  opensWithCount,
} from '../../src/extract/statements/writersAddition.ts';
import { saidInPiece as said, speakersAndQuotes } from './statements.helpers.ts';

/** The tail after "said" in `text`, cut where the writer's addition begins. */
function tailOf(text: string): string {
  const verbEnd = text.indexOf(' said') + ' said'.length;
  const { comma } = additionAfterVerb(text, verbEnd, text.length);
  return text.slice(0, comma >= 0 ? comma : text.length);
}

describe('where the tail after a verb of saying ends', () => {
  it.each([
    [
      'Convoys crossed at dawn, the agency said on Sunday, as the pass reopened.',
      'Convoys crossed at dawn, the agency said on Sunday',
    ],
    [
      'Convoys crossed at dawn, the agency said, pointing to satellite images.',
      'Convoys crossed at dawn, the agency said',
    ],
    [
      'Convoys crossed at dawn, the agency said, days after the pass reopened.',
      'Convoys crossed at dawn, the agency said',
    ],
    [
      'Convoys crossed at dawn, the agency said last week, even as talks stalled.',
      'Convoys crossed at dawn, the agency said last week',
    ],
  ])('%s', (text, tail) => {
    expect(tailOf(text)).toBe(tail);
  });

  it('with no comma after the verb, no addition stands there', () => {
    const text = 'The agency said on Sunday in a statement posted online the pass had reopened at dawn.';
    expect(additionAfterVerb(text, text.indexOf(' said') + 5, text.length)).toEqual({
      comma: -1,
      added: false,
    });
  });

  it('a clause of reason after the verb goes on with what was said', () => {
    const text = 'Convoys are late, the agency said, because the pass is closed.';
    expect(additionAfterVerb(text, text.indexOf(' said') + 5, text.length)).toEqual({
      comma: -1,
      added: false,
    });
  });

  it('a participle of saying opens a saying of its own: the words add, the tail does not end', () => {
    const text = 'Convoys are late, the agency said, adding that the pass is closed.';
    expect(additionAfterVerb(text, text.indexOf(' said') + 5, text.length)).toEqual({
      comma: -1,
      added: true,
    });
  });

  it('a time and a place of the saying may both stand before the participle: the words still add', () => {
    const text =
      'Convoys are late, the agency said yesterday at a press briefing, adding that the pass is closed.';
    expect(additionAfterVerb(text, text.indexOf(' said') + 5, text.length)).toEqual({
      comma: -1,
      added: true,
    });
  });

  it('a long setting, then a participle of remark: the one named before it said what came first', () => {
    expect(
      said(
        'Moldova is willing to host any round of talks between the two neighbours, Foreign Minister Lena Dorin said today at a cabinet session, commenting on the clashes along the northern frontier.',
      ),
    ).toEqual([
      'Foreign Minister Lena Dorin: Moldova is willing to host any round of talks between the two neighbours',
    ]);
  });

  it('the last comma before an adjunct in a sentence', () => {
    const text = 'Convoys crossed at dawn, the agency said, in a move that surprised drivers.';
    expect(lastCommaBeforeAdjunct(text)).toBe(text.indexOf(', in a move'));
    expect(lastCommaBeforeAdjunct('Convoys crossed at dawn, the agency said.')).toBe(-1);
  });
});

describe('a count is never who spoke; an age or an ordinal joined to a word is no count', () => {
  it.each([
    ['about 1,900 families', true],
    ['more than 600', true],
    ['3,400 villagers', true],
    ['45 residents', true],
    ['61-year-old Garnik', false],
    ['3rd Battalion commander', false],
    ['Marat Abbasov', false],
  ])('%s', (words, count) => {
    expect(opensWithCount(words)).toBe(count);
  });

  it('an inverted speaker with an age speaks, by name', () => {
    expect(said('“The shelling never stopped,” said 61-year-old Garnik, a farmer from the valley.')).toEqual([
      'Garnik: The shelling never stopped,',
    ]);
  });

  it('an age before a trailing speaker is read off the name', () => {
    expect(said('The shelling never stopped that night, said 61-year-old Garnik, a farmer.')).toEqual([
      'Garnik: The shelling never stopped that night',
    ]);
  });
});

describe('the writer’s addition is read inside the attribution’s sentence only', () => {
  it('"said in a statement. On May 7, shelling …": the next sentence adds nothing to the tail', () => {
    const text =
      'The rights of the Karabakh Armenians must be guaranteed, Blinken said in a statement. On May 7, shelling hit Ganja.';
    const end = text.indexOf('. On') + 1;
    expect(additionAfterVerb(text, text.indexOf(' said') + 5, end)).toEqual({ comma: -1, added: false });
    expect(speakersAndQuotes(text)).toEqual([
      ['blinken', 'The rights of the Karabakh Armenians must be guaranteed'],
    ]);
  });
});
