import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('"the office of <Name>" is that person’s office, as "<Name>’s office" is', () => {
  it('the office speaks, not the person', () => {
    const text =
      'The office of Deputy Prime Minister Shahin Mustafayev said experts would start work within days.';
    expect(statementsOf(text)[0]?.speaker).toBe('text:deputy-prime-minister-shahin-mustafayev-office');
  });

  it('an office the gazetteer knows by its own name stays that body', () => {
    const text = 'The Office of the Prime Minister of Armenia said the talks were over.';
    expect(statementsOf(text)[0]?.speaker).toBe('armenian-government-press-service');
  });

  it('a prime minister named before does not take a deputy prime minister’s office (two forms)', () => {
    const before = 'Armenian Prime Minister Nikol Pashinyan spoke in Tbilisi. ';
    for (const office of [
      'The office of Deputy Prime Minister Shahin Mustafayev',
      'Deputy Prime Minister Shahin Mustafayev’s office',
    ]) {
      const [s] = statementsOf(`${before}${office} said experts would start work within days.`);
      expect(s?.speaker).toBe('text:deputy-prime-minister-shahin-mustafayev-office');
    }
  });

  it('an owner whose role has its own "of" is the person named after it, not the role', () => {
    const text =
      'The press service of Minister of Foreign Affairs of the Republic of Armenia Ararat Petrosian said the talks would resume.';
    expect(statementsOf(text)[0]?.speaker).toBe('text:ararat-petrosian-press-service');
  });
});
