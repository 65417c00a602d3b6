import { echo } from './echo.ts';

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
 * Bidirectional controls (embeddings, overrides, isolates, marks). In a title they could
 * reverse the rest of the line the bot writes (outlet, date, file), so the bot's own lines
 * carry none.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * What Discord draws rather than shows: `<@id>`, `<@&id>`, `<#id>`, `<t:…>`, custom emoji,
 * `</command:id>`, `<id:…>`. A backslash before the `<` shows it as typed. `@everyone` and
 * `@here` ping nobody (allowedMentions), but get a zero-width space so they are not even drawn.
 */
const DRAWN_SYNTAX = /<(?=[@#:/]|a:|t:|id:)/g;
const MASS_MENTION = /@(everyone|here)/g;

function neutraliseMentions(text: string): string {
  return text.replace(DRAWN_SYNTAX, '\\<').replace(MASS_MENTION, '@\u200b$1');
}

/**
 * Metadata such as a manifest title is not corpus text, so it must not look like a quote:
 * double quotes become single ones, markup is escaped, mention syntax shows as text and
 * bidirectional controls are dropped.
 */
export function label(text: string): string {
  const singled = stripBidi(text)
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/[“"]/g, '‘')
    .replace(/”/g, '’');
  return neutraliseMentions(escapeMarkdown(singled.replace(/\s+/g, ' ').trim()));
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
 * backticks, a link's `](`), mention or timestamp syntax it would draw (`<t:0:F>` would show a
 * date the source does not give), and bidirectional embeddings or overrides (which would
 * reverse the words after them) cannot be shown verbatim: the excerpt is cut there, the cut
 * marked with …, so what remains is still exactly the source's words.
 */
const UNSHOWABLE = /\*\*+|__+|~~+|\|\|+|`+|\]\(|<(?:[@#:/]|a:|t:|id:)[^>\n]*>|[\u202A-\u202E\u2066-\u2069]+/g;

function cutAtMarkup(line: string): string {
  UNSHOWABLE.lastIndex = 0;
  if (!UNSHOWABLE.test(line)) return line.trim(); // one piece: trimmed, and empty if blank
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
