import { describe, expect, it } from 'vitest';
import { speakerIdsFrom } from './statements.helpers.ts';

const DEFENSE = 'Two drones were shot down overnight near the border, the Defense Ministry said on Sunday.';
const FOREIGN = 'The Foreign Ministry said it had summoned the ambassador over the remarks.';

describe('an outlet no table lists: its country read from its metadata', () => {
  it('a paper whose name holds its home city: "The Moscow Times"', () => {
    expect(
      speakerIdsFrom('The Moscow Times', DEFENSE, 'https://www.themoscowtimes.com/2023/09/20/x'),
    ).toEqual(['mod-russia']);
  });

  it('a government site on a national domain, with no outlet name', () => {
    expect(
      speakerIdsFrom(null, FOREIGN, 'https://www.primeminister.am/en/press-release/item/2023/09/21/x/'),
    ).toEqual(['mfa-armenia']);
  });

  it('an agency on a national domain whose name holds no place', () => {
    expect(speakerIdsFrom('Qafqazinfo', FOREIGN, 'https://qafqazinfo.az/news/detail/x')).toEqual([
      'mfa-azerbaijan',
    ]);
  });
});

describe('metadata that names no one country leaves the body as written', () => {
  it('a regional outlet on a foreign domain', () => {
    expect(speakerIdsFrom('Caucasus Watch', FOREIGN, 'https://caucasuswatch.de/en/news/x.html')).toEqual([
      'text:foreign-ministry',
    ]);
  });

  it('a name holding two countries', () => {
    expect(speakerIdsFrom('Armenia-Azerbaijan Peace Monitor', DEFENSE, null)).toEqual([
      'text:defense-ministry',
    ]);
  });
});
