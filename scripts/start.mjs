// `npm start`: installs what the dashboard needs, builds it with the bundled dataset and serves it.
import { ensurePnpm, requireNode } from './lib/prerequisites.mjs';
import { heading, run, runOrStop } from './lib/run.mjs';

requireNode();
const env = ensurePnpm();
const port = process.env.PORT ?? '4173';

heading('installing dependencies (pnpm install --frozen-lockfile)');
runOrStop('pnpm', ['install', '--frozen-lockfile'], { env, what: 'pnpm install failed' });
heading('building the library, the dataset and the dashboard (pnpm build)');
runOrStop('pnpm', ['build'], { env, what: 'the build failed' });
heading('building the documentation site (pnpm run docs): served under /docs/');
runOrStop('pnpm', ['run', 'docs'], { env, what: 'the documentation build failed' });
heading(`serving the dashboard — open http://127.0.0.1:${port}/ and the docs at /docs/ (Ctrl+C stops it)`);
process.exitCode = run(
  'pnpm',
  ['--filter', '@corridor/dashboard', 'exec', 'vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { env },
);
