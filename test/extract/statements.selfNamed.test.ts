import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a described speaker who gave a name in a relative clause is that name', () => {
  it.each([
    [
      'At the clinic in Goris, a nurse who gave her name only as Lusine said the wards were full.',
      'text:lusine',
    ],
    [
      '"We left with nothing," one driver, who gave his name as Davit, told reporters at the border.',
      'text:davit',
    ],
    [
      'A teacher, who asked to be identified only by her first name, Gohar, said the school had closed.',
      'text:gohar',
    ],
    ['An engineer who identified himself only as Rauf said the pipeline was intact.', 'text:rauf'],
    ['A shepherd who introduced himself only as Mher told reporters the pasture was mined.', 'text:mher'],
    [
      'One of the drivers, who introduced himself as the mechanic Tigran Sahakyan, said the trucks were turned back.',
      'text:tigran-sahakyan',
    ],
    [
      'A nurse at the Goris clinic who asked to be identified only by her first name, Anahit, said the wards were full.',
      'text:anahit',
    ],
    ['A neighbour, who asked to be named only as S., said the shelling began before dawn.', 'text:s'],
    [
      'A baker who runs the last open shop and asked to be identified only as Garik told AFP that flour had run out.',
      'text:garik',
    ],
    [
      'A driver who asked to be identified only by the initial V. told reporters that the convoy had turned back.',
      'text:v',
    ],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('lets "he" after such a speaker point back to the name', () => {
    const text =
      'A baker who gave his name only as Samvel said the flour had run out on Monday. ' +
      '"We bake once a week now," he said.';
    expect(speakersShown(text)).toEqual(['text:samvel', 'text:samvel']);
  });

  it('never gives a speaker the name someone else in the sentence gave', () => {
    const text = 'The mayor told a woman who gave her name as Anna that the shelter would open.';
    expect(speakersShown(text)).not.toContain('text:anna');
  });

  it('reads the name through an appositive after a possessive description', () => {
    const text =
      'Her cousin, a retired teacher who gave his name only as Vardan, said the bus had waited for hours.';
    expect(speakersShown(text)).toEqual(['text:vardan']);
  });

  it('lets a later pronoun point back to the self-named speaker, not a full name before them', () => {
    const text =
      'Prime Minister Nikol Pashinyan said the crossing would stay open. ' +
      'A farmer who gave his name only as Hovik said the convoy had stopped twice. ' +
      '"We saw no soldiers on the road," he said.';
    expect(speakersShown(text)).toEqual(['pashinyan', 'text:hovik', 'text:hovik']);
  });
});
