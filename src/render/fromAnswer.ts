import type { Answer } from '../answer/result.ts';
import { errorReply } from './pages.ts';
import type { Reply } from './payload.ts';

/** Renders an answer, or its one-line reason as a short ephemeral error. */
export function fromAnswer<T>(answer: Answer<T>, render: (value: T) => Reply): Reply {
  return answer.ok ? render(answer.value) : errorReply(answer.kind, answer.message);
}
