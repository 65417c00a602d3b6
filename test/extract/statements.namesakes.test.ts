import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { sameSurname, surnameKey } from '../../src/extract/statements/namesakes.ts';
import { speakersShown } from './statements.helpers.ts';

describe('a surname is the person the document named with it', () => {
  it('transliterations of one surname share a key; a feminine ending does not', () => {
    expect(surnameKey('Grigoryan')).toBe(surnameKey('Grigorian'));
    expect(surnameKey('Hajiyev')).toBe(surnameKey('Hajiev'));
    expect(surnameKey('Shakhramanyan')).toBe(surnameKey('Shahramanyan'));
    expect(surnameKey('Abdullayeva')).toBe(surnameKey('Abdullaeva'));
    expect(sameSurname('Aliyev', 'Aliyeva')).toBe(false);
    expect(sameSurname('Mnatsakanyan', 'Mnatsakanyn')).toBe(true);
    expect(sameSurname('Petrosyan', 'Poghosyan')).toBe(false);
  });

  it('a surname alone goes to the namesake the text wrote out, not the one the gazetteer knows', () => {
    const text =
      'Villagers in Tegh said the shelling had stopped, according to Narek Grigoryan, the head of the ' +
      'local council.\n\n"The road is open again," Grigoryan said.';
    expect(speakersShown(text)).toEqual(['text:narek-grigoryan', 'text:narek-grigoryan']);
  });

  it('another spelling of that surname is the same person, for names and for "he"', () => {
    const text =
      'For Lilit Hakobyan, a lawyer in Goris, the numbers are too low.\n\n' +
      '"Most families have not been counted," Hakobian said. She said the registry would open on Monday.';
    expect(speakersShown(text)).toEqual(['text:lilit-hakobyan', 'text:lilit-hakobyan']);
  });

  it('two namesakes in one text leave a surname alone to the rules before', () => {
    const text = 'Anna Hakobyan and Lilit Hakobyan visited the camp. "We saw no doctors," Hakobyan said.';
    expect(speakersShown(text)).not.toContain('text:lilit-hakobyan');
  });
});

describe('a name after a role that lists its domains', () => {
  it('"Minister of Labour and Social Affairs Ruben Sargsyan" is Ruben Sargsyan', () => {
    expect(textEntity('Deputy Minister of Economy and Foreign Trade Arman Melikyan').id).toBe(
      'text:arman-melikyan',
    );
  });
});
