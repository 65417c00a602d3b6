import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** CONVENTIONS row Q: "last night", told on a known day, is the night before it, as "overnight" is. */
const page = (lead: string) =>
  'World\n\nShelling hits border villages\n\nBy Mara Tadić\n14 September 2022\n\n' + `${lead}\n`;

describe('"last night" told on the piece\'s day', () => {
  it("is the night from the day before into the piece's day, whatever side of midnight", () => {
    expect(
      events(page('Two villages near the border were shelled last night, the ministry said.')),
    ).toMatchObject({
      'last night': '2022-09-13/14',
    });
  });

  it('opening the sentence, with a present main verb, it is the same night', () => {
    expect(
      events(page('Last night the guns fell silent, and residents are counting the damage.')),
    ).toMatchObject({
      'Last night': '2022-09-13/14',
    });
  });

  it('reads as "overnight" does in the same piece', () => {
    expect(
      events(
        page(
          'The army said its positions were shelled overnight. Residents said the blasts began last night.',
        ),
      ),
    ).toMatchObject({ overnight: '2022-09-13/14', 'last night': '2022-09-13/14' });
  });

  it('"a day earlier" after it still counts from the evening before', () => {
    expect(
      events(
        page(
          'Drones struck a depot near the border last night, the ministry said. A day earlier, two soldiers were wounded in the same area.',
        ),
      ),
    ).toMatchObject({ 'last night': '2022-09-13/14', 'A day earlier': '2022-09-12' });
  });

  it('"the last night of" a festival is no date', () => {
    expect(events(page('Crowds filled the square on the last night of the festival.'))).not.toHaveProperty(
      'last night',
    );
  });
});

describe('"overnight" after an object, before the participle that runs on from it', () => {
  it('"signed a statement overnight ending the war" is the night before the piece\'s day', () => {
    expect(
      events(page('The leaders signed a statement overnight ending the fighting, the Kremlin said.')),
    ).toMatchObject({ overnight: '2022-09-13/14' });
  });

  it('"an overnight sitting" is an adjective, no night', () => {
    expect(
      events(page('Deputies held an overnight sitting debating the budget, the speaker said.')),
    ).not.toHaveProperty('overnight');
  });
});

describe('"overnight" before a violent event in -ing still dates it', () => {
  it.each([['killed in overnight shelling'], ['wounded in the overnight fighting']])('"%s"', (phrase) => {
    expect(events(page(`Two soldiers were ${phrase} near the border, the ministry said.`))).toMatchObject({
      overnight: '2022-09-13/14',
    });
  });
});
