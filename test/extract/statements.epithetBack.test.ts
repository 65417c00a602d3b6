import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('an epithet ("the woman", "the cleric") is the person the text just named', () => {
  it('"the cleric" after a named archbishop is the archbishop', () => {
    expect(
      speakersAndMentions(
        'The march was led by Archbishop Vahan Sargsian, who heads the northern diocese. ' +
          '"We will walk until we are heard," the cleric told reporters.',
      ),
    ).toEqual([['text:vahan-sargsian', 'the cleric']]);
  });

  it('"the young man" two sentences after his name is him', () => {
    expect(
      speakersAndMentions(
        'Their neighbour, Armen Hakobian, came alone in October. His brother is still missing. ' +
          '"I keep his jacket by the door," the young man says.',
      ),
    ).toEqual([['text:armen-hakobian', 'the young man']]);
  });

  it('"the Queens Democrat" after a councilman named with another person is the subject', () => {
    expect(
      speakersAndMentions(
        'Councilman Peter Varkas said he had written to Senator Lena Moore. ' +
          '"We will not stay quiet," the Queens Democrat said.',
      ).at(-1),
    ).toEqual(['text:peter-varkas', 'the Queens Democrat']);
  });

  it('an epithet the text first gave someone unnamed is not a named person', () => {
    const found = speakersAndMentions(
      'A woman in the queue at the border said she had waited two days. Marina Petrosian runs the shelter. ' +
        '"We have no more blankets," the woman said.',
    );
    expect(found.map((s) => s[0])).not.toContain('text:marina-petrosian');
  });

  it('with no person named near it, "the expert" speaks for no one', () => {
    expect(
      speakersAndMentions(
        'Lieutenant Colonel Ruben Asatrian inspected the posts. The road was closed for hours. ' +
          'Trucks waited at the bridge. Rain fell all night. ' +
          '"The line will move again," the expert said.',
      ).map((s) => s[0]),
    ).not.toContain('text:ruben-asatrian');
  });
});

describe('"the worker" points back to the worker the text introduced unnamed', () => {
  it('a worker introduced by an institution keeps one id when spoken of again', () => {
    const found = speakersAndMentions(
      'An aid worker in Kornidzor, who asked not to be named, said the buses arrived at dawn. ' +
        '"Nobody has slept," the worker said.',
    );
    expect(new Set(found.map((s) => s[0])).size).toBe(1);
  });
});
