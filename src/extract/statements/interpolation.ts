/**
 * An aside set off between a verb of saying and its "that": "said, however, that …", "added,
 * though, that …", "said, per a translator, that …", "said — on Twitter, as it happens — that …",
 * "contended in its letter, written by its counsel, that …". The aside is the writer's (a
 * connective, a manner, a channel); what was said starts past "that". Commas close commas and
 * dashes close dashes; an aside holding a quote or a sentence stop is left alone.
 */
const COMMA_ASIDE = /^,\s*([^,.;:!?\u2591—–]{1,100}?),\s*that\s+(?=\S)/u;
const DASH_ASIDE = /^\s*(?:—|–|--?)\s*([^.;:!?\u2591—–]{1,100}?)\s*(?:—|–|--?)\s*that\s+(?=\S)/u;
/** A setting with commas of its own before "that": "said in its letter, written by …, that". */
const SETTING_ASIDE = /^\s+(?:in|on|at|during|via|through)\s[^.;:!?\u2591—–]{1,140}?,\s*that\s+(?=\S)/u;
/** A show named by its title in quotes, then "that": "said on ABC's “This Week” on Sunday that …". */
const TITLE_SETTING =
  /^\s+(?:on|in|to)\s+(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+){0,3}\u2591{1,60}(?:\s+(?:on|last|this)\s+\p{L}+)?\s+that\s+(?=\S)/u;
/** A source cited with a relative clause of its own: "added, citing the embassy, which covers Armenia, that". */
const CITING_ASIDE =
  /^,\s*citing\s[^,.;:!?\u2591—–]{1,80}?,\s*(?:which|who)\s[^,.;:!?\u2591—–]{1,80}?,\s*that\s+(?=\S)/u;
const MAX_WORDS = 16;

function words(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** Where the content starts past an aside and its "that", or `at` when none stands there. */
export function pastAsideBeforeThat(masked: string, at: number, end: number): number {
  const c = masked.charCodeAt(at);
  // A cheap pre-test: an aside opens with a comma, a dash or a space before a preposition.
  if (c !== 44 && c !== 8212 && c !== 8211 && c !== 45 && c !== 32) return at;
  const window = masked.slice(at, Math.min(end, at + 170));
  if (!window.includes('that')) return at;
  const title = TITLE_SETTING.exec(window);
  if (title) return at + title[0].length;
  const citing = CITING_ASIDE.exec(window);
  if (citing && words(citing[0]) <= 2 * MAX_WORDS) return at + citing[0].length;
  const m = COMMA_ASIDE.exec(window) ?? DASH_ASIDE.exec(window) ?? SETTING_ASIDE.exec(window);
  if (!m || words(m[1] ?? m[0]) > MAX_WORDS) return at;
  // "said, the report that …": a noun before "that" takes it as its relative; an aside ends in no such noun.
  if (/\b(?:the|a|an|this|report|fact|claim|idea|notion|view)\s*$/i.test(m[1] ?? '')) return at;
  return at + m[0].length;
}
