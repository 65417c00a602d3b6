import { describe, expect, it } from 'vitest';
import { headingMentionsSaid } from './statements.helpers.ts';

const headed = headingMentionsSaid;

const BODY =
  'GYUMRI, April 12. Prime Minister Nikol Pashinyan met residents of the border villages on Friday.\n\n' +
  'The meeting lasted three hours, the government said.\n';

describe('quoted words beside a name in a heading are said, with a verb or none', () => {
  it('a deck ending `Pashinyan: "…"` with no verb in the quote is his statement', () => {
    expect(
      headed(
        `Border villages protest the new line\n\nResidents block the road to the north. Pashinyan: "No map, no peace"\n\n${BODY}`,
      ),
    ).toEqual([['pashinyan', 'Pashinyan', 'No map, no peace']]);
  });

  it('unquoted, a verbless line after the name is a label, no statement', () => {
    expect(
      headed(
        `Border villages protest the new line\n\nResidents block the road. Pashinyan: no map, no peace\n\n${BODY}`,
      ),
    ).toEqual([]);
  });

  it('a quoted title in Title Case is no saying', () => {
    expect(headed(`Border villages protest\n\nPashinyan: "The Long Road Home Tonight"\n\n${BODY}`)).toEqual(
      [],
    );
  });
});

describe('a capital that says, in a heading, is its state’s government', () => {
  const body =
    'The Tajik Foreign Ministry said on Monday that it saw no reason for the alliance to send troops.\n\n' +
    'Talks between the two sides are to resume next week, the ministry said.\n';

  it('"…, Dushanbe says": the government of Tajikistan, as "Dushanbe said" is in a body', () => {
    expect(headed(`Alliance will not send troops to the border, Dushanbe says\n\n${body}`)).toEqual([
      ['text:tajikistan', 'Dushanbe', 'Alliance will not send troops to the border'],
    ]);
  });

  it('a capital with no verb of saying is a place label, no statement', () => {
    expect(headed(`Dushanbe: alliance will not send troops to the border\n\n${body}`)).toEqual([]);
  });
});
