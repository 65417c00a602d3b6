// `npm start` runs the compiled bot: say how to get it rather than fail on a missing module.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/src/discord/main.js', import.meta.url))) {
  process.stderr.write(
    'No compiled bot in dist/: run `npm run build` first (or `npm run start:dev` to run the sources).\n',
  );
  process.exit(1);
}
