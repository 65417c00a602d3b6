import { casualties } from '../src/answer/casualties.ts';
import { defineCommand } from '../src/command.ts';
import { renderCasualties } from '../src/render/casualties.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';

export const casualtiesCommand = defineCommand({
  name: 'casualties',
  description:
    'Killed, wounded, missing, displaced and evacuated: each figure as written, with who reported it',
  options: [
    { name: 'period', description: 'YYYY or YYYY-MM, e.g. 2023-09', type: 'string', maxLength: 40 },
    {
      name: 'about',
      description: 'Words about the figures, e.g. refugees, Shushi / Shusha, civilians',
      type: 'string',
      maxLength: 200,
    },
  ],
  positional: 'period',
  cooldownSeconds: 5,
  examples: ['/casualties', '/casualties period:2023-09', '/casualties about:refugees'],
  run: (args, { kb }) =>
    fromAnswer(casualties(kb, { period: args.period, about: args.about }), renderCasualties),
});
