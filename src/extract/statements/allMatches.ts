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
