import { framing } from '../src/answer/framing.ts';
import { defineCommand } from '../src/command.ts';
import { renderFraming } from '../src/render/framing.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';

export const framingCommand = defineCommand({
  name: 'framing',
  description: 'The words each side used for one event, verbatim and cited, grouped by side',
  options: [
    {
      name: 'event',
      description: 'A date (2023-09-19), words (Baku, Yerevan), or both; empty lists the events',
      type: 'string',
      maxLength: 200,
    },
  ],
  positional: 'event',
  examples: ['/framing', '/framing event:2023-09-19', '/framing event:2023-09 Yerevan'],
  run: (args, { kb }) => fromAnswer(framing(kb, { event: args.event }), renderFraming),
});
