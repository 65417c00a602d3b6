import { timeline } from '../src/answer/timeline.ts';
import { defineCommand } from '../src/command.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';
import { renderTimeline } from '../src/render/timeline.ts';

export const timelineCommand = defineCommand({
  name: 'timeline',
  description: 'What happened in a month (or year, or day), in day order, with cited excerpts',
  options: [
    {
      name: 'month',
      description: 'YYYY-MM, e.g. 2023-09 (also YYYY, YYYY-MM-DD, September 2023)',
      type: 'string',
      required: true,
      maxLength: 40,
    },
    {
      name: 'about',
      description: 'Only events whose excerpt matches these words',
      type: 'string',
      maxLength: 200,
    },
  ],
  positional: 'month',
  examples: ['/timeline 2023-09', '/timeline month:2023-09 about:hostilities', '/timeline month:2020'],
  run: (args, { kb }) => fromAnswer(timeline(kb, { period: args.month, about: args.about }), renderTimeline),
});
