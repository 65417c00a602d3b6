import { echo } from '../answer/result.ts';

/**
 * Corpus text and user input must never change a reply's formatting. Corpus text is
 * backslash-escaped (Discord drops the backslashes when it renders, so the words stay
 * verbatim); user input is shown as code, with backticks it cannot close.
 */
const INLINE_MARKUP = /[\\*_~`|[\]]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKUP, (c) => `\\${c}`).replace(/^([#>+-])/, '\\$1');
}

/** User input as inline code (see echo): the span cannot be closed early. */
export function code(input: string): string {
  return echo(input, 200);
}

/**
 * Metadata such as a manifest title is not corpus text, so it must not look like a quote:
 * double quotes become single ones, and markup is escaped.
 */
export function label(text: string): string {
  const singled = text.replace(/"([^"]*)"/g, '‘$1’').replace(/[“"]/g, '‘').replace(/”/g, '’');
  return escapeMarkdown(singled.replace(/\s+/g, ' ').trim());
}

/** Characters as Discord counts them (code points), without building an array of them. */
export function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with …. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text; // fewer code points than UTF-16 units: nothing to cut
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 2).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} …`;
}

/**
 * Runs that Discord would read as markup even when escaped (pairs like `**`, `||`, `~~`, `__`,
 * backticks, a link's `](`) cannot be shown verbatim: the excerpt is cut there, the cut marked
 * with …, so what remains is still exactly the source's words.
 */
const UNSHOWABLE = /\*\*+|__+|~~+|\|\|+|`+|\]\(/g;

function cutAtMarkup(line: string): string {
  return line
    .split(UNSHOWABLE)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .join(' … ');
}

/** A verbatim excerpt as block-quote lines, one per paragraph of the source, cut to `max`. */
export function quoteBlock(text: string, max: number): string {
  return cut(text.trim(), max)
    .split(/\s*\n\s*/)
    .map((line) => cutAtMarkup(line.replace(/[ \t]+/g, ' ')))
    .filter((line) => line.trim())
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}
