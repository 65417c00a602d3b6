/** An answer, or the one-line reason there is none and what would work instead. */
export type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'bad-input' | 'not-found'; message: string };

export function found<T>(value: T): Answer<T> {
  return { ok: true, value };
}

export function badInput<T>(message: string): Answer<T> {
  return { ok: false, kind: 'bad-input', message };
}

export function notFound<T>(message: string): Answer<T> {
  return { ok: false, kind: 'not-found', message };
}

/**
 * User input as it is echoed in a message: an inline code span, one line, cut to `max`, with
 * backticks it cannot close the span with. The one way user input appears in a reply.
 */
export function echo(input: string, max = 60): string {
  // No bidirectional controls: in the bot's sentence they could reverse the words after the echo.
  const bare = input.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');
  const chars = [...bare.replace(/`/g, 'ˋ').replace(/\s+/g, ' ').trim()];
  const safe = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return safe ? `\`${safe}\`` : '`(empty)`';
}
