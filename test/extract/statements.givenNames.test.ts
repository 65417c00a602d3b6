import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a speaker whose given name differs from a known person’s is not that person', () => {
  it('"Acting Minister Arman Grigoryan said …" keeps the text’s name, not Armen Grigoryan', () => {
    const text = 'Acting Minister Arman Grigoryan said on Tuesday that the checkpoint would reopen.';
    expect(speakersShown(text)).toEqual(['text:arman-grigoryan']);
  });

  it('a spelling of the same given name and surname is still the known person', () => {
    const text =
      'Security Council secretary Armen Grigorian said on Tuesday that the checkpoint would reopen.';
    expect(speakersShown(text)).toEqual(['armen-grigoryan']);
  });

  it('another known given name before a transliterated surname is someone else', () => {
    const text = 'Arman Sargsyan, the acting head of the agency, said the border posts were quiet.';
    expect(speakersShown(text)).toEqual(['text:arman-sargsyan']);
  });
});

describe('a surname a letter or two off a known one is not that person by itself', () => {
  it('"…," Bayramova said: a woman named by the text, not the minister Bayramov', () => {
    const text = '"We waited for thirty years to come home," Bayramova said, standing by the gate.';
    expect(speakersShown(text)).toEqual(['text:bayramova']);
  });

  it('a speaker whose surname is a known one cut short keeps the text’s name', () => {
    const text = 'The district governor, Reza Abdollahi, said a shell had hit a courtyard.';
    expect(speakersShown(text)).toEqual(['text:reza-abdollahi']);
  });
});

describe('a surname alone after two people of that surname in one sentence names neither', () => {
  it('"Lawmaker Vardan Pashinyan and Prime Minister Nikol Pashinyan met. Pashinyan said": no one is guessed', () => {
    const text =
      'Lawmaker Vardan Pashinyan and Prime Minister Nikol Pashinyan met on Monday. ' +
      'Pashinyan said the vote had been fair.';
    expect(speakersShown(text)).not.toContain('pashinyan');
    expect(speakersShown(text)).not.toContain('text:vardan-pashinyan');
  });

  it('one person of that surname named before: the surname is that person', () => {
    const text =
      'Lawmaker Vardan Pashinyan spoke in parliament on Monday. Pashinyan said the vote had been fair.';
    expect(speakersShown(text)).toEqual(['text:vardan-pashinyan']);
  });
});
