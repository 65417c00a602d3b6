/** A full name written with a surname, where it stands, and whether it was one of "Ani and Hovik Sarafian". */
export interface WrittenFullName {
  name: string;
  at: number;
  /** Written after another first name and "and": the surname is shared by two people there. */
  joint: boolean;
}

/** "Ani and Hovik Sarafian": a first name and "and" right before the full name found. */
const FIRST_NAME_AND = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+\s+and\s+$/u;

export function writtenJointly(text: string, at: number): boolean {
  return FIRST_NAME_AND.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * The full name a surname alone stands for. One person written with that surname: that one.
 * Several ("Ani and Hovik Sarafian", a son "Levon Sarafian"): the one last written out alone
 * before the mention ("Ani Sarafian read it ... said Sarafian"); none when a pair was written
 * last or nothing was before, so no relative takes another's words.
 */
export function fullNameForSurname(found: readonly WrittenFullName[], before: number): string | null {
  const names = new Set(found.map((f) => f.name));
  if (names.size <= 1 && !found.some((f) => f.joint)) return found[0]?.name ?? null;
  const last = found.filter((f) => f.at < before).at(-1);
  return last && !last.joint ? last.name : null;
}
