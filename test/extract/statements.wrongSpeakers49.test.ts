import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

describe('a relative named by a kin noun and a given name is that person, of the noun’s gender', () => {
  it('"his wife Tuyana told …. “…,” she says" is hers, never the husband’s she spoke about', () => {
    const text =
      'A driver from Kyakhta among the dead\n\n' +
      'Dorzho Badmaev, 31, had driven trucks to the border for six years, his wife Tuyana told the local radio station.\n\n' +
      '"He was building a house for us," she says.';
    expect(speakers(text)).toEqual(['text:tuyana', 'text:tuyana']);
  });

  it('"her brother Aldar said …. He added …" is the brother’s both times', () => {
    const text =
      'A nurse from Chita among the wounded\n\n' +
      'Sayana Tsyrenova was hurt on Monday, her brother Aldar said. He added that she was recovering in Goris.';
    expect(speakers(text)).toEqual(['text:aldar', 'text:aldar']);
  });
});
