/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them. matchAll
 * builds a new RegExp (a copy of the pattern, found again in V8's regexp cache) and an iterator on
 * every call, about a microsecond each; on the per-unit and per-phrase paths that adds up. This
 * loop runs the pattern itself. Like matchAll, it reads from the start (the patterns it is given
 * are used nowhere with a lastIndex of their own) and steps over an empty match.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character, as matchAll does (by a code point under /u).
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/**
 * allMatches of a pattern that matches only where `cue` (a global pattern) matches inside the
 * match, after at most `spaces` runs of white space from the match's start ("Lena Varossian, the
 * ministry's spokeswoman" holds "spokeswoman" after six). The same matches, but the pattern is
 * run from a few words before each place the cue matches: a scan that tries every position of a
 * long text (a lookbehind or a capital at each) is spared the stretches that cannot hold a match.
 */
export function allMatchesNearCue(
  pattern: RegExp,
  text: string,
  cue: RegExp,
  spaces: number,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  while (from <= text.length) {
    cue.lastIndex = from;
    const at = cue.exec(text);
    if (!at) break;
    // No match starts in [from, here): each would hold a cue at or after `at`, too far on.
    pattern.lastIndex = Math.max(from, wordsBefore(text, at.index, spaces));
    const m = pattern.exec(text);
    if (!m) break;
    found.push(m);
    from = m[0] === '' ? nextIndex(text, pattern.lastIndex, pattern.unicode) : pattern.lastIndex;
  }
  return found;
}

const SPACE = /\s/;

/** Where the word `at` stands in starts, moved back over `spaces` more runs of white space and the words before them. */
function wordsBefore(text: string, at: number, spaces: number): number {
  let i = at;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  for (let k = 0; k < spaces && i > 0; k++) {
    while (i > 0 && SPACE.test(text[i - 1]!)) i--;
    while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  }
  return i;
}
