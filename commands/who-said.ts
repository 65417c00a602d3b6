import { whoSaid } from '../src/answer/whoSaid.ts';
import { defineCommand } from '../src/command.ts';
import { affiliationLabel } from '../src/extract/entities/affiliations.ts';
import { sidesPresent } from '../src/index/sides.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';
import { renderWhoSaid } from '../src/render/whoSaid.ts';

export const whoSaidCommand = defineCommand({
  name: 'who-said',
  description: 'What a speaker said, or who said things about a topic, as cited verbatim excerpts',
  options: [
    {
      name: 'speaker',
      description: 'A person or body, e.g. Blinken, Aliyev, Ministry of Defense',
      type: 'string',
      autocomplete: true,
      maxLength: 100,
    },
    {
      name: 'about',
      description: 'Words the statement is about, e.g. ceasefire, humanitarian access',
      type: 'string',
      maxLength: 200,
    },
    {
      name: 'side',
      description: 'Only speakers for one side, e.g. Armenia, Azerbaijan, Russia, media (autocompletes)',
      type: 'string',
      autocomplete: true,
      maxLength: 60,
    },
  ],
  positional: 'speaker',
  examples: [
    '/who-said',
    '/who-said speaker:Blinken',
    '/who-said speaker:Blinken about:military solution',
    '/who-said about:humanitarian',
    '/who-said about:negotiations side:Azerbaijan',
  ],
  run: (args, { kb }) =>
    fromAnswer(whoSaid(kb, { speaker: args.speaker, about: args.about, side: args.side }), renderWhoSaid),
  autocomplete: (option, value, { kb }) => {
    if (option === 'side') {
      const typed = value.trim().toLowerCase();
      return [...sidesPresent(kb)]
        .map(([side, n]) => ({ label: affiliationLabel(side), n }))
        .filter((s) => !typed || s.label.toLowerCase().includes(typed))
        .slice(0, 25)
        .map((s) => ({
          name: `${s.label} (${s.n} ${s.n === 1 ? 'statement' : 'statements'})`.slice(0, 100),
          value: s.label,
        }));
    }
    if (option !== 'speaker') return [];
    return kb
      .findSpeakers(value, 25)
      .map((s) => ({ name: s.entity.name.slice(0, 100), value: s.entity.name.slice(0, 100) }));
  },
});
