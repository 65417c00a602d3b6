/**
 * What the user typed, to be shown back to them in a message. The answer only marks it; the
 * renderer decides how it is shown (src/render/echo.ts), so user input has one way into a reply.
 */
export interface Typed {
  typed: string;
  /** At most this many characters are shown. */
  max?: number;
}

/** A one-line message: the bot's words, with what the user typed marked as such. */
export type Message = readonly (string | Typed)[];

/** An answer, or the one-line reason there is none and what would work instead. */
export type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'bad-input' | 'not-found'; message: Message };

export function found<T>(value: T): Answer<T> {
  return { ok: true, value };
}

export function badInput<T>(message: Message): Answer<T> {
  return { ok: false, kind: 'bad-input', message };
}

export function notFound<T>(message: Message): Answer<T> {
  return { ok: false, kind: 'not-found', message };
}

/** User input inside a message, shown back (cut to `max` characters) by the renderer. */
export function typed(input: string, max?: number): Typed {
  return max === undefined ? { typed: input } : { typed: input, max };
}

/**
 * A message written as a template: strings and numbers are the bot's words, `typed(…)` parts
 * are the user's. `` tell`No speaker ${typed(words)} in the corpus.` ``
 */
export function tell(
  strings: TemplateStringsArray,
  ...parts: (string | number | Typed | Message)[]
): Message {
  const out: (string | Typed)[] = [];
  const push = (part: string | Typed) => {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  };
  strings.forEach((s, i) => {
    push(s);
    if (i >= parts.length) return;
    const part = parts[i]!;
    if (Array.isArray(part)) for (const p of part as Message) push(p);
    else push(typeof part === 'number' ? String(part) : (part as string | Typed));
  });
  return out;
}
