/**
 * "Her son Levon, 21, a conscript, went missing", "said Sarafian, 52, who moved …": a bare number set off
 * by commas right after a name is the person's age, not a count. After a place with its preposition ("In
 * Barda, 21, including five children, died") the name is a setting, and the number may count.
 */
const NAME_THEN_COMMA = /(?:^|(\S+)\s+)\p{Lu}[\p{Ll}’'-]+,\s*$/u;
const SETTING = /^(?:in|at|from|near|of|on|to|by|across|around|inside|outside)$/i;
const AGE = /^\d{1,2}$/;
const WINDOW = 40;

export function isAgeAfterName(text: string, start: number, end: number): boolean {
  if (!AGE.test(text.slice(start, end)) || !/^,\s/.test(text.slice(end, end + 2))) return false;
  const name = NAME_THEN_COMMA.exec(text.slice(Math.max(0, start - WINDOW), start));
  return name !== null && !SETTING.test(name[1] ?? '');
}
