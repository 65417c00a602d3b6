import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a speaker described by a clause after its noun', () => {
  it('a name inside a relative clause is someone else, never the speaker', () => {
    expect(
      speakersMentionsAndQuotes(
        'A farmer who met Nikol Pashinyan last spring said the road was still closed.',
      ),
    ).toEqual([['text:farmer', 'A farmer who met Nikol Pashinyan last spring', 'the road was still closed']]);
    expect(
      speakersMentionsAndQuotes(
        'The woman who sued Ilham Aliyev in Strasbourg said the ruling came too late.',
      ),
    ).toEqual([['text:woman', 'The woman who sued Ilham Aliyev in Strasbourg', 'the ruling came too late']]);
  });

  it('a participle after the noun describes the speakers', () => {
    expect(
      speakersMentionsAndQuotes(
        'Drivers waiting at the Hakari bridge since Monday said the queue had not moved.',
      ).map((s) => s[0]),
    ).toEqual(['text:drivers']);
    expect(
      speakersMentionsAndQuotes(
        'Protesters marching against Nikol Pashinyan in Yerevan said they would return on Friday.',
      ),
    ).toEqual([
      [
        'text:protesters',
        'Protesters marching against Nikol Pashinyan in Yerevan',
        'they would return on Friday',
      ],
    ]);
  });

  it('an infinitive or a negated setting after the noun describes the speaker', () => {
    expect(
      speakersMentionsAndQuotes('The first monitor to reach the village says the school was hit twice.').map(
        (s) => s[2],
      ),
    ).toEqual(['the school was hit twice']);
    expect(
      speakersMentionsAndQuotes(
        'One deputy not on the ruling list told reporters she would vote against the bill.',
      ).map((s) => s[1]),
    ).toEqual(['One deputy not on the ruling list']);
  });

  it('a long relative clause does not hide a short speaker', () => {
    expect(
      speakersMentionsAndQuotes(
        'The judges who ruled last year that the two villages could not be handed over said the new map changed nothing.',
      ).map((s) => s[0]),
    ).toEqual(['text:judges']);
  });

  it('"those who" and "some who" name no one in particular', () => {
    expect(
      speakersMentionsAndQuotes(
        'But some who follow the talks closely argue that the deadline will slip again.',
      ),
    ).toEqual([]);
    expect(speakersMentionsAndQuotes('Those who back the opposition say the vote was rigged.')).toEqual([]);
  });

  it('a clause after the subject is no such modifier', () => {
    expect(
      speakersMentionsAndQuotes('The talks stalled after officials said the text was not ready.').map(
        (s) => s[1],
      ),
    ).toEqual(['officials']);
  });
});

describe('"the newspaper" points back only to an outlet', () => {
  it('a described person before it is no outlet', () => {
    const text = 'A Pashinyan ally said the vote was void. The newspaper reported that the deal was close.';
    expect(speakersMentionsAndQuotes(text).map((s) => s[0])).toEqual([
      'text:pashinyan-ally',
      'text:newspaper',
    ]);
  });
});
