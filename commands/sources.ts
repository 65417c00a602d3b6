import { sources } from '../src/answer/sources.ts';
import { defineCommand } from '../src/command.ts';
import { fromAnswer } from '../src/render/fromAnswer.ts';
import { renderSources } from '../src/render/sources.ts';

export const sourcesCommand = defineCommand({
  name: 'sources',
  description: 'The documents in the corpus, with their metadata and how each field was obtained',
  options: [],
  examples: ['/sources'],
  run: (_args, { kb }) => fromAnswer(sources(kb), renderSources),
});
