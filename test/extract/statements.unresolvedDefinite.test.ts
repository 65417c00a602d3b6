import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a bare definite the text never introduced gives no speaker', () => {
  it('"the agency" after an agency the resolver cannot tie it to: no statement', () => {
    const text =
      'Two deminers were injured near the village, the National Mine Clearance Agency reported on its website.\n\nThe agency said the area had been cleared of mines a year ago.';
    expect(speakersShown(text)).not.toContain('text:agency');
  });

  it('a pronoun read back to that unclear speaker goes with it', () => {
    const text =
      'The Northern Water Company and the Southern Water Company both cut supplies. The company said the pipes had burst. It added that repairs would take a week.';
    expect(speakersShown(text)).not.toContain('text:company');
  });

  it('"the ministry" with no ministry named before stays as written', () => {
    const text = 'Shells hit the town overnight. The ministry said two houses were destroyed.';
    expect(speakersShown(text)).toEqual(['text:ministry']);
  });

  it('an anonymous speaker brought in with "a" is that speaker', () => {
    const text =
      'A source close to the talks said the ministers had agreed on a date. The source said a text could be ready by June.';
    expect(speakersShown(text)).toEqual(['text:source', 'text:source']);
  });

  it('a group in the scene stays a speaker', () => {
    const text =
      'Hundreds gathered outside the embassy on Monday. The protesters said they would return every day.';
    expect(speakersShown(text)).toEqual(['text:protesters']);
  });
});

describe('a post of one person the text cannot tie to its holder gives no speaker', () => {
  it('"the head of the district" after named officials: no statement', () => {
    const text =
      'Officials from Baku, including deputy minister Ramil Aliyev, toured the new homes on Monday. The head of the district said the first families would move in by May.';
    expect(speakersShown(text)).not.toContain('text:head-of-the-district');
  });

  it('with no one named before, the post is the speaker as written', () => {
    const text =
      'Speaking at the ceremony, the head of the district said the first families would move in by May.';
    expect(speakersShown(text)).toEqual(['text:head-of-the-district']);
  });
});

describe('what is kept per phrase or head carries no document into the next', () => {
  it('"the agency" reads each text on its own, whichever was read first', () => {
    const named =
      'Three shops burned down in the market, the State Fire Safety Agency reported.\n\nThe agency said the cause was a faulty cable.';
    const bare = 'A fire broke out in the market overnight. The agency said the cause was a faulty cable.';
    for (let round = 0; round < 2; round++) {
      expect(speakersShown(named)).not.toContain('text:agency');
      expect(speakersShown(bare)).toEqual(['text:agency']);
    }
  });

  it('"the Agency", titled inside a sentence, is a name given before', () => {
    const text =
      'Inspectors from the Agency visited the site on Friday. The agency said the equipment had been removed.';
    expect(speakersShown(text)).not.toContain('text:agency');
  });
});

describe('a bare definite goes to the one named holder of its noun', () => {
  it('a capitalised title before a name: "Bishop Aram Keshishyan … the bishop said"', () => {
    const text =
      'Bishop Aram Keshishyan led the service in Gyumri on Sunday. Speaking to reporters afterwards, the bishop said the church would house families from the border.';
    expect(speakersShown(text)).toEqual(['text:aram-keshishyan']);
  });

  it('a title in brackets before a name: "(Ombudswoman) Narine Hakobyan … the ombudswoman said"', () => {
    const text =
      'The Human Rights Defender (Ombudswoman) Narine Hakobyan visited the shelter on Friday. The Ombudswoman said the children there had no winter clothes.';
    expect(speakersShown(text)).toEqual(['text:narine-hakobyan']);
  });

  it('an apposition: "Lilit Sargsyan, a nurse at the hospital, … the nurse said"', () => {
    const text =
      'Lilit Sargsyan, a nurse at the district hospital, worked through the night. The nurse said eleven wounded soldiers had arrived by dawn.';
    expect(speakersShown(text)).toEqual(['text:lilit-sargsyan']);
  });

  it('two named holders of the noun leave the definite unclear: no statement', () => {
    const text =
      'Bishop Aram Keshishyan and Bishop Levon Tadevosyan led the service in Gyumri. The bishop said the church would house families from the border.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('a lower-case noun after a place names no holder: the definite stays unclear', () => {
    const text =
      'Shelling damaged the Goris prefecture on Monday night. The prefecture said the windows of forty homes were broken.';
    expect(speakersShown(text)).not.toContain('text:goris-prefecture');
  });

  it("a title followed by another title names the second one's holder, not the first's", () => {
    const text =
      'The Lori Council met on Monday. Council Secretary Gevorg Avetisyan read the budget. The council said the road would be repaired by May.';
    expect(speakersShown(text)).toEqual(['text:lori-council']);
  });

  it('"X is the governor of …": the person the sentence says holds the post', () => {
    const text =
      'Hovik Abrahamyan is the governor of Ararat province. The governor said the road to the border villages would be rebuilt by autumn.';
    expect(speakersShown(text)).toEqual(['text:hovik-abrahamyan']);
  });

  it('a body named with the noun as its head: "the Lori Council … the council said"', () => {
    const text = 'The Lori Council met on Monday. The council said the road would be repaired by May.';
    expect(speakersShown(text)).toEqual(['text:lori-council']);
  });

  it('a word before the noun that makes it part of a longer title: "Deputy Governor X" is not the governor', () => {
    const text =
      'Deputy Governor Armen Harutyunyan toured the shelters on Monday. The governor said every family would have heating by December.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('the noun as what another noun is of: "the chief of staff of the Governor X" leaves the governor unclear', () => {
    const text =
      'The chief of staff of the Governor Vahe Hakobyan toured the shelters on Monday. The governor said every family would have heating by December.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('"The Agency" alone, one capitalised word, names no body to give the definite to', () => {
    const text =
      'The Agency inspected the dam on Friday. The agency said the water level was no longer rising.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('a place is no holder: "the Kalbajar District … the district said" gives no speaker', () => {
    const text =
      'Shells fell across the Kalbajar District on Monday. The district said forty homes had lost power.';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('a bare definite that names no one the text introduced is kept as written', () => {
  it('"the witness" in a hearing of several is whoever is on the stand, not the one witness named', () => {
    const text =
      'Three witnesses testified on Tuesday, among them Anna Grigoryan, a witness to the shooting. Asked about the night, the witness said she had heard two shots.';
    const speakers = speakersShown(text);
    expect(speakers).toContain('text:witness');
    expect(speakers).not.toContain('text:anna-grigoryan');
  });

  it('"the police" after police were mentioned is the police in the scene', () => {
    const text =
      'Armenian police detained two men near the border crossing on Monday. The police said both were carrying hunting rifles.';
    expect(speakersShown(text)).toEqual(['text:police']);
  });

  it('an acronym after a bare definite is a name, not a bare noun', () => {
    const text =
      "Armenia's CEC counted the last ballots on Monday. The CEC said turnout had reached 49 percent.";
    expect(speakersShown(text)).toEqual(['text:cec']);
  });
});
