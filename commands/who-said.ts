import { whoSaid } from '../src/answer/whoSaid.ts';
import type { CommandDefinition } from '../src/command.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';
import { renderWhoSaid } from '../src/render/whoSaid.ts';

export const whoSaidCommand: CommandDefinition = {
  name: 'who-said',
  description: 'What a speaker said, or who said things about a topic, as cited verbatim excerpts',
  options: [
    { name: 'speaker', description: 'A person or body, e.g. Blinken, Aliyev, Ministry of Defense', type: 'string', autocomplete: true, maxLength: 100 },
    { name: 'about', description: 'Words the statement is about, e.g. ceasefire, humanitarian access', type: 'string', maxLength: 200 },
  ],
  positional: 'speaker',
  examples: ['/who-said', '/who-said speaker:Blinken', '/who-said speaker:Blinken about:military solution', '/who-said about:humanitarian'],
  run: (args, { kb }) => fromAnswer(whoSaid(kb, { speaker: args.speaker, about: args.about }), (a) => renderWhoSaid(kb, a)),
  autocomplete: (option, value, { kb }) => {
    if (option !== 'speaker') return [];
    return kb.findSpeakers(value, 25).map((s) => ({ name: s.entity.name.slice(0, 100), value: s.entity.name.slice(0, 100) }));
  },
};
