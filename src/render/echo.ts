import type { Message } from '../answer/result.ts';

/**
 * User input as it is echoed in a message: an inline code span, one line, cut to `max`, with
 * backticks it cannot close the span with. The one way user input appears in a reply.
 */
export function echo(input: string, max = 60): string {
  // No bidirectional controls: in the bot's sentence they could reverse the words after the echo.
  const bare = input.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');
  const chars = [...bare.replace(/`/g, 'ˋ').replace(/\s+/g, ' ').trim()];
  const safe = chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
  return safe ? `\`${safe}\`` : '`(empty)`';
}

/** An answer's one-line message as text: the bot's words as they are, what the user typed echoed. */
export function say(message: Message): string {
  return message.map((part) => (typeof part === 'string' ? part : echo(part.typed, part.max))).join('');
}
