// Copies the repository's user docs into the package (docs/), so that what the declarations cite ships with them:
// docs/dataset-format.md, docs/architecture.md, docs/emissions.md and docs/cookbook.md. Run by `pnpm build`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, '..', '..', 'docs');
const to = join(root, 'docs');
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const copied = readdirSync(from).filter((file) => file.endsWith('.md'));
for (const file of copied) copyFileSync(join(from, file), join(to, file));
if (!existsSync(join(to, 'dataset-format.md')))
  throw new Error('docs/dataset-format.md is missing from the repository');
console.log(`docs/: ${copied.join(', ')}`);
