import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a given name with a person’s noun in apposition is a person a later "she" points to', () => {
  it('"Anahit, a retired teacher from Shushi, …. “…,” she says" after another speaker', () => {
    const text =
      'A European diplomat in Tbilisi, who asked not to be named, told us that the handover "took months ' +
      'to arrange".\n\nIn Kapan, Anahit, a retired teacher from Shushi, scrolls through the photos on her ' +
      'phone. "They promised to stay. Then they left," she says.';
    const found = speakersAndQuotes(text);
    expect(found).toContainEqual(['text:anahit', 'They promised to stay. Then they left,']);
    expect(found.filter(([s]) => s === 'text:european-diplomat')).toHaveLength(1);
  });

  it('a capitalised word with no person’s noun after it stays no one', () => {
    const text =
      'A European diplomat in Tbilisi told us that the handover "took months to arrange".\n\n' +
      'In Kapan, Freedom Square, a busy place at noon, was quiet. "Nothing will be the same," she says.';
    expect(speakersAndQuotes(text).map(([s]) => s)).not.toContain('text:freedom-square');
  });
});

describe('a spokesperson’s own quoted words telling what the principal said (CONVENTIONS 14)', () => {
  const links = (text: string) =>
    statementsOf(text).map((s) => [s.speaker, s.via ?? null, s.quote.slice(0, 30)]);

  it('"“The president also insisted that …,” the spokesman said": both links, the principal’s from the that-clause', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said Vladimir Putin had called the Azerbaijani leader. ' +
      '"The president also insisted that aid convoys must be allowed through," Mr Peskov said.';
    const found = links(text);
    expect(found).toContainEqual(['peskov', null, 'The president also insisted th']);
    expect(found).toContainEqual(['putin', 'peskov', 'aid convoys must be allowed th']);
  });

  it('"“The Secretary urged calm,” the spokesman said": no that-clause, the spokesman’s statement alone', () => {
    const text =
      'State Department spokesman Ned Price briefed reporters on Tuesday. "The Secretary urged calm on both ' +
      'sides of the border," Price said.';
    const found = links(text);
    expect(found).toEqual([['price', null, 'The Secretary urged calm on bo']]);
  });
});

describe('a clause joined by "and" after a quote is a second clause, not the attribution of the first', () => {
  it('"X said the border “…,” and Germany asked for a council session": Germany said nothing of it', () => {
    const text =
      'The UN refugee chief, Filippo Grandi, said the border "must stay open," and Germany asked for an ' +
      'emergency session of the OSCE council.';
    const found = speakersAndQuotes(text);
    expect(found.map(([s]) => s)).not.toContain('text:germany');
    expect(found.map(([s]) => s)).toContain('text:filippo-grandi');
  });
});
