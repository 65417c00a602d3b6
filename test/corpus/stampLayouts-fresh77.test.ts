import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

const page = (stamp: string, lead: string) =>
  `World\n\nLeaders meet without one of the two sides\n\n${stamp}\n\n${lead}\n\nThe talks went on into the evening, officials said.\n`;

describe('stamps in the parts translated and overseas copy prints them', () => {
  it('given "noviembre 16, 2021 9:18 pm" (a Spanish month written first), the piece is of 16 November 2021', () => {
    expect(
      published(
        page(
          'noviembre 16, 2021 9:18 pm',
          'The two sides agreed to a ceasefire on Tuesday, the ministry said.',
        ),
      ),
    ).toBe('2021-11-16');
  });

  it('given "7 Dez, 2023, 19:02 | Atualizado a 7 Dez, 2023, 21:40", the piece is of 7 December 2023', () => {
    expect(
      published(
        page(
          '7 Dez, 2023, 19:02 | Atualizado a 7 Dez, 2023, 21:40',
          'The two countries announced on Thursday an exchange of prisoners.',
        ),
      ),
    ).toBe('2023-12-07');
  });

  it('given "Sep 14. 2022" (a dot where the comma stands), the piece is of 14 September 2022', () => {
    expect(
      published(
        page(
          'Sep 14. 2022',
          'Armenia said on Wednesday that its soldiers had been killed in two days of fighting.',
        ),
      ),
    ).toBe('2022-09-14');
  });

  it('given "December 13, 2023 3 min read" (a reading time with no bar before it), the piece is of 13 December 2023', () => {
    expect(
      published(
        page(
          'December 13, 2023 3 min read',
          'Azerbaijan on Wednesday freed 32 soldiers in an exchange agreed last week.',
        ),
      ),
    ).toBe('2023-12-13');
  });

  it('"noviembre 16, 2021" with a weekday the day is not is no stamp', () => {
    expect(
      published(
        page(
          'lunes, noviembre 16, 2021',
          'The two sides agreed to a ceasefire on Tuesday, the ministry said.',
        ),
      ),
    ).toBeNull();
  });
});

describe('a dotted stamp is read day first unless the lead itself turns it', () => {
  it('given "05.10.2023 às 17h45" over "On Wednesday night … this Thursday" and a later "agreed on Tuesday", the piece is of 5 October', () => {
    const lead =
      'On Wednesday night, the president cancelled his trip to the summit, which meets this Thursday. France agreed on Tuesday to supply radars, and the leaders met again on Tuesday evening.';
    expect(published(page('05.10.2023 às 17h45', lead))).toBe('2023-10-05');
  });

  it('given "JANE DOE | 10.12.2020 3:45 PM" over a lead whose "Early Sunday" fits 12 October only, the piece is of 12 October', () => {
    const lead =
      'The cease-fire agreed on Saturday did not survive the weekend. Early Sunday, a missile struck an apartment block in the city, officials said.';
    expect(events(page('JANE DOE | 10.12.2020 3:45 PM', lead))).toMatchObject({
      'Early Sunday': '2020-10-11',
    });
  });
});
