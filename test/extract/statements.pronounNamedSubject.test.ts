import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a pronoun with another name opening a sentence before it', () => {
  it('a name the people reader never took for a person leaves who spoke unsure', () => {
    const text =
      '“We clear a few hectares a week,” said Harun Beyli, the agency’s director.\n\n' +
      'Tarlan said on Monday that the road was closed. Tarlan keeps a photograph of the old house, he said.';
    const he = speakersMentionsAndQuotes(text).filter(([, mention]) => mention === 'he');
    expect(he.map(([id]) => id)).not.toContain('text:harun-beyli');
  });

  it('a given name the text gave an age opens the sentence: the pronoun is that person’s', () => {
    const text =
      'Their eldest son, Tarlan, 29, drives a bus in the capital.\n\n' +
      '“We clear a few hectares a week,” said Harun Beyli, the agency’s director, in an interview in May.\n\n' +
      'On the shelf by the door, Tarlan keeps a photograph of the old house, he said.';
    const he = speakersMentionsAndQuotes(text).filter(([, mention]) => mention === 'he');
    expect(he.map(([id]) => id)).toEqual(['text:tarlan']);
  });

  it('a person whose gender was only guessed from a given name opens the sentence before: not the one named further back', () => {
    const text =
      'Senator Ruth Calloway (D-Ore.) opened the hearing. “This cannot go on,” Calloway said.\n\n' +
      'The witness was Ambassador Yuri Demir, who leads the department’s office for the region.\n\n' +
      'Demir testified that the talks had stalled. The talks would resume “as soon as both capitals agree,” she said.';
    const she = speakersMentionsAndQuotes(text).filter(([, mention]) => mention === 'she');
    expect(she.map(([id]) => id)).not.toContain('text:ruth-calloway');
  });

  it('a titled surname opening the sentence is the person the text named so', () => {
    const text =
      'Karine Hovsepyan, 41, came with her son. “We took only the papers,” she said.\n\n' +
      'A volunteer at the centre, a student, said the forms had run out by noon. “We print more every hour,” the volunteer said.\n\n' +
      'Asked about the winter, Ms Hovsepyan looked away. She said her sister in Ijevan had a spare room.';
    const she = speakersMentionsAndQuotes(text).filter(([, mention]) => mention === 'She');
    expect(she.map(([id]) => id)).toEqual(['text:karine-hovsepyan']);
  });

  it('the antecedent itself opening the sentence leaves it the speaker', () => {
    const text =
      'Mariam Avetyan, 61, left Stepanakert on the last bus.\n\n' +
      'Avetyan keeps the key to her flat in her coat, she said.';
    expect(speakersMentionsAndQuotes(text)).toContainEqual([
      'text:mariam-avetyan',
      'she',
      'Avetyan keeps the key to her flat in her coat',
    ]);
  });

  it('a town opening the sentence is no one who speaks', () => {
    const text =
      '“The shelling started at dawn,” said Narek Sahakyan, a teacher.\n\n' +
      'Martakert fell within days. His school was hit on the second morning, he said.';
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).toContain('text:narek-sahakyan');
  });
});
