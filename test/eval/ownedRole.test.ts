import { describe, expect, it } from 'vitest';
import { ownedRoleMatches } from '../../scripts/eval/ownedRole.ts';

describe('the strict speaker line credits a gold head noun to the role of an owner (CONVENTIONS 6)', () => {
  it.each([
    ['text:office', 'text:samvel-shahramanyan-office', 'his office'],
    ['text:office', 'text:menendez-office', "Menendez's office"],
    [
      'text:office',
      'text:deputy-prime-minister-lena-arakelyan-office',
      'the office of Deputy Prime Minister Lena Arakelyan',
    ],
    ['text:spokesman', 'text:agency-spokesperson', "the agency's spokesman"],
    ['text:press-service', 'text:akorda-press-service', 'the Akorda press service'],
    ['text:family', 'text:ruben-vardanyan-family', 'His family'],
    ['text:press-service', 'text:ministry-press-service', 'the press service'],
    ['text:representative', 'text:unhcr-representative', "the agency's representative"],
    ['text:aunt', 'text:karapetyan-aunt', "Karapetyan's aunt"],
    ['text:mother', 'text:levon-mother', 'His mother'],
    ['text:lawyer', 'text:sahakyan-lawyer', "Sahakyan's lawyer"],
    // Row AK: one who heads a body, named in gold by the head noun.
    ['text:director', 'text:azerbaijani-national-agency-for-mine-action-director', 'Its director'],
    ['text:head', 'text:mission-head', "the mission's head"],
  ])('gold %s, speaker %s named "%s"', (gold, id, mention) => {
    expect(ownedRoleMatches(gold, id, mention)).toBe(true);
  });

  it.each([
    ['text:spokesperson', 'text:watertown-police-spokesperson', 'A Watertown police spokesperson'],
    ['text:spokesman', 'text:ministry-spokesperson', 'A ministry spokesman'],
    ['text:press-service', 'text:police-press-service', 'the police press service'],
  ])('row AF: gold %s, the body written before the role: %s named "%s"', (gold, id, mention) => {
    expect(ownedRoleMatches(gold, id, mention)).toBe(true);
  });

  it.each([
    [
      'text:information-center',
      'text:foreign-ministry-information-center',
      "the foreign ministry's information center",
    ],
    [
      'text:information-centre',
      'text:information-centre-of-the-ministry-of-foreign-affairs',
      'the information centre of the Ministry of Foreign Affairs',
    ],
    ['text:media-center', 'text:foreign-ministry-media-center', "the Foreign Ministry's media center"],
  ])('row AI: a body’s information centre is its press service: gold %s, %s', (gold, id, mention) => {
    expect(ownedRoleMatches(gold, id, mention)).toBe(true);
  });

  it('an information centre the text gives no owner is no owned role', () => {
    expect(
      ownedRoleMatches(
        'text:information-center',
        'text:regional-information-center',
        'A regional information center',
      ),
    ).toBe(false);
  });

  it('credits a relay through the role: an ICRC spokesperson speaks for the ICRC', () => {
    expect(
      ownedRoleMatches(
        'text:spokesperson',
        'icrc',
        'An ICRC spokesperson in Yerevan',
        'text:icrc-spokesperson',
      ),
    ).toBe(true);
  });

  it('never credits the owner itself, another role or a gazetteer body', () => {
    expect(ownedRoleMatches('text:office', 'pashinyan', "Pashinyan's office")).toBe(false);
    expect(ownedRoleMatches('text:mother', 'text:levon-aunt', 'His aunt')).toBe(false);
    expect(ownedRoleMatches('text:office', 'text:ani-badalyan-spokesperson', 'her spokeswoman')).toBe(false);
    expect(ownedRoleMatches('text:spokeswoman', 'text:ministry-spokesman', "the ministry's spokesman")).toBe(
      false,
    );
    expect(ownedRoleMatches('text:office', 'armenian-government-press-service', 'his office')).toBe(false);
    expect(ownedRoleMatches('text:official', 'text:ministry-official', "the ministry's official")).toBe(
      false,
    );
  });

  it('"It said", "They told", "The statement said": a pointer is read by the speaker\'s own name', () => {
    expect(
      ownedRoleMatches(
        'text:office',
        'text:ararat-mirzoyan-office',
        'It',
        undefined,
        "Ararat Mirzoyan's office",
      ),
    ).toBe(true);
    expect(
      ownedRoleMatches('text:cousin', 'text:mr-grigoryan-cousin', 'They', undefined, "Mr Grigoryan's cousin"),
    ).toBe(true);
    // A pointer to an office the text never gave an owner is still no owned role.
    expect(ownedRoleMatches('text:office', 'text:regional-office', 'It', undefined, 'regional office')).toBe(
      false,
    );
    // A mention that names the role is read as written, whatever the name.
    expect(
      ownedRoleMatches(
        'text:office',
        'text:regional-office',
        'The regional office',
        undefined,
        "Lena's office",
      ),
    ).toBe(false);
  });

  it.each([
    ['text:members', 'text:un-mission-members', "The UN mission's members"],
    ['text:members', 'text:members-of-the-village-council', 'Members of the village council'],
    ['text:delegation', 'text:committee-delegation-in-goris', "the committee's delegation in Goris"],
    ['text:critics', 'text:administration-critics', "The administration's critics on the left"],
    ['text:relatives', 'text:aram-petrosyan-relatives', 'his relatives'],
  ])(
    'row Z: gold group %s, speaker %s named "%s" (the owner kept in the product\'s name)',
    (gold, id, mention) => {
      expect(ownedRoleMatches(gold, id, mention)).toBe(true);
    },
  );

  it("row Z: never a body's head, a group with no owner, or the owner itself", () => {
    expect(
      ownedRoleMatches('text:commission', 'text:armenian-state-commission', "Armenia's commission"),
    ).toBe(false);
    expect(ownedRoleMatches('text:members', 'text:council-members', 'Council members')).toBe(false);
    expect(ownedRoleMatches('text:critics', 'text:administration', "The administration's critics")).toBe(
      false,
    );
  });

  it('needs the text to name an owner: an office with none is the plain strict match', () => {
    expect(ownedRoleMatches('text:office', 'text:regional-office', 'The regional office')).toBe(false);
  });
});
