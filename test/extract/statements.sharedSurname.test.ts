import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a surname two relatives share stands for the one last written out before it', () => {
  it('a caption names the couple, the body names the wife, then "said Petrosian" (a regional paper)', () => {
    const text =
      'Mariam and Karen Petrosian look at photos of their son at their Fresno home.\n\n' +
      'When the names were read out on Sunday, Mariam Petrosian listened twice.\n\n' +
      '"I kept waiting for his name," said Petrosian, 49. "It never came."\n\n' +
      'Karen Petrosian, 51, said the family had last spoken to their son in March.';
    expect(speakersShown(text)).toEqual(['text:mariam-petrosian', 'text:karen-petrosian']);
  });

  it('one person of that surname: the surname is that person, wherever the name was written', () => {
    const text =
      '"We will keep the shelter open," said Gevorgyan, who runs it.\n\n' +
      'Lilit Gevorgyan opened the shelter in 2021.';
    expect(speakersShown(text)).toEqual(['text:lilit-gevorgyan']);
  });
});
