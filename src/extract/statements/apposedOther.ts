import type { Statement } from '../types.ts';

/** A full name set off by commas right after the mention: "The European Council President, Charles Michel, …". */
const APPOSED_FULL_NAME = /^,\s+((?:\p{Lu}[\p{L}.’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+),/u;

/**
 * "The European Council President, Charles Michel, welcomed …" read as someone other than Charles
 * Michel: a definite role whose holder the text names right after it is that holder; a speaker
 * the reader found elsewhere (a president named earlier, the role's own words) is not surely who
 * spoke, so the statement keeps no speaker.
 */
export function apposedNameDisowned(text: string, s: Statement): boolean {
  const mention = s.mention.trim();
  if (!/^the\s/i.test(mention) || /\b(?:report|statement|website)\b/i.test(mention)) return false;
  // "According to the ministry, Ruben Vardanyan, …": after a body, the name opens the content.
  if (s.speaker.kind === 'organisation' || s.speaker.kind === 'government') return false;
  const sentence = text.slice(s.context.start, s.context.end);
  const at = sentence.indexOf(mention);
  if (at < 0) return false;
  const apposed = APPOSED_FULL_NAME.exec(sentence.slice(at + mention.length))?.[1];
  if (!apposed) return false;
  const surname = apposed.split(/\s+/).at(-1)!.toLowerCase();
  const { name, aliases } = s.speaker;
  return ![name, ...(aliases ?? [])].some((n) => n.toLowerCase().includes(surname));
}
