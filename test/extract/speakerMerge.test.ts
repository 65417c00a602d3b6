import { describe, expect, it } from 'vitest';
import { mergeSpeakerVariants } from '../../src/extract/entities/merge.ts';
import type { Entity, Statement } from '../../src/extract/types.ts';
import { extractFrom } from './statements.helpers.ts';

/** Statements of several documents, as one corpus. */
function corpus(...texts: string[]): Statement[] {
  return texts.flatMap((t, i) => extractFrom(t, undefined, `doc${i}`));
}
const ids = (statements: Statement[]) => mergeSpeakerVariants(statements).map((s) => s.speaker.id);

describe('one speaker, one entry across a corpus', () => {
  it('spellings of one name a letter apart are one speaker, under the spelling used most', () => {
    const statements = corpus(
      'Analyst Tigran Arustamyan said that the talks would fail.',
      'Analyst Tigran Arustamyan said that the border was calm.',
      'Analyst Tigran Arustamian said that aid had arrived.',
    );
    expect(ids(statements)).toEqual([
      'text:tigran-arustamyan',
      'text:tigran-arustamyan',
      'text:tigran-arustamyan',
    ]);
  });

  it('a one-letter typo in a surname alone joins the one full name of its document', () => {
    const statements = corpus(
      'Analyst Tigran Arustamyan said that the talks would fail. Arustamyam said that the talks resumed.',
    );
    expect(ids(statements)).toEqual(['text:tigran-arustamyan', 'text:tigran-arustamyan']);
  });

  it('a surname alone in another document is not taken for the full name (it may be someone else)', () => {
    const statements = corpus(
      'Analyst Tigran Arustamyan said that the talks would fail.',
      'Arustamyan said that the talks resumed.',
    );
    expect(ids(statements)[1]).not.toBe('text:tigran-arustamyan');
  });

  it('different people stay apart', () => {
    const statements = corpus(
      'Analyst Tigran Arustamyan said that the talks would fail.',
      'Analyst Armen Arustamyan said that they would not.',
    );
    expect(ids(statements)).toEqual(['text:tigran-arustamyan', 'text:armen-arustamyan']);
  });

  it('two known given names a letter apart are two people, not one spelt two ways', () => {
    const statements = corpus(
      'Analyst Arman Tavrosyan said that the talks would fail.',
      'Analyst Armen Tavrosyan said that they would not.',
    );
    expect(ids(statements)).toEqual(['text:arman-tavrosyan', 'text:armen-tavrosyan']);
  });

  it('a feminine surname is another person, across the corpus and alone in a document', () => {
    const statements = corpus(
      'Teacher Samira Gulmammadova said that the school had reopened.',
      'Teacher Samira Gulmammadov said that the roof leaked.',
      'Farmer Elnur Gulmammadov said that the fields were mined. Gulmammadova said that she had left.',
    );
    const [first, second, third, fourth] = ids(statements);
    expect(first).not.toBe(second);
    expect(fourth).not.toBe(third);
  });

  it('a body without its qualifier joins the qualified one its document names', () => {
    const statements = corpus(
      "Azerbaijan's Prosecutor General's Office said that charges were filed. " +
        "The Prosecutor General's Office said that the suspects were detained.",
    );
    expect(ids(statements)).toEqual(['prosecutor-general-azerbaijan', 'prosecutor-general-azerbaijan']);
  });

  it("a body without its qualifier in another document stays apart: one article's press service is not another's", () => {
    const statements = corpus(
      'The press service of the Armenian government said that the call took place.',
      'The press service said that the call took place on Tuesday.',
    );
    const [first, second] = ids(statements);
    expect(first).toBe('armenian-government-press-service');
    expect(second).not.toBe(first);
  });

  it('leaves statements it does not merge as they are', () => {
    const s = corpus('Analyst Tigran Arustamyan said that the talks would fail.');
    expect(mergeSpeakerVariants(s)[0]).toBe(s[0]);
    const entity: Entity = { id: 'text:x', name: 'X', kind: 'unknown' };
    expect(mergeSpeakerVariants([{ ...s[0]!, speaker: entity }])[0]!.speaker).toBe(entity);
  });
});
