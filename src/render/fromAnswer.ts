import type { Answer } from '../answer/result.ts';
import { say } from './echo.ts';
import { errorReply } from './pages.ts';
import type { Reply } from './payload.ts';

/**
 * An answer never changes, and answers are kept per knowledge base (src/answer/remember.ts), so
 * the reply rendered from one is kept with it: asking again renders nothing. Replies are not
 * mutated by the adapters (the pager copies pages), so sharing one is safe.
 */
const rendered = new WeakMap<object, Reply>();

/**
 * Renders an answer, or its one-line reason as a short ephemeral error. `render` is pure: the
 * answer holds every text and citation it shows.
 */
export function fromAnswer<T>(answer: Answer<T>, render: (value: T) => Reply): Reply {
  if (!answer.ok) return errorReply(answer.kind, say(answer.message));
  let reply = rendered.get(answer);
  if (!reply) {
    reply = render(answer.value);
    rendered.set(answer, reply);
  }
  return reply;
}
