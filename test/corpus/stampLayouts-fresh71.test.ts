import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

/** A page whose stamp stands between its standfirst and its byline or lead. */
const page = (stamp: string) =>
  `World\n\nTalks resume in the capital\n\nBoth delegations arrived late, officials said\n\n${stamp}\n\nThe two foreign ministers met on Tuesday for the first time since the summer, the ministry said.\n`;

describe("real outlets' stamp layouts", () => {
  it.each([
    ['Creada: 16.11.2021 20:14 Última actualización: 16.11.2021 21:02', '2021-11-16'],
    ['Tue Dec 15, 2020 12:00 AM Last update on: Tue Dec 15, 2020 01:12 AM', '2020-12-15'],
    [
      'Publicado el 17 de noviembre de 2021 a las 09:40 a.m. | Actualizado el 17/11/2021 11:02 a.m.',
      '2021-11-17',
    ],
    ['Publicado: 9/14/2022 3:21 p. m.', '2022-09-14'],
  ])('given "%s", the piece is published on %s', (stamp, day) => {
    expect(published(page(stamp))).toBe(day);
  });

  it('a revision alone, "Last update on: …", never dates the publication', () => {
    expect(published(page('Last update on: Tue Dec 15, 2020 01:12 AM'))).toBeNull();
  });
});
