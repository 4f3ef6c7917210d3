// Bundles @corridor/core's JavaScript into dist/ (tsc writes only the declarations): one file per entry point of
// package.json's `exports`, shared code in dist/chunks/ so that each module, and each class (`CorridorError`),
// exists once whatever entries a program imports. Why: Node loads ES modules file by file, and importing the 162
// files tsc emitted with their dependencies' took about 130 ms — zod's 95 files alone about 50 ms — where issue 16
// asks ≤ 50 ms. So the dependencies that are implementation details are inlined (zod, papaparse, d3-geo,
// topojson-client, lru-cache, graphology-shortest-path, fastest-levenshtein; their licences are written to
// dist/THIRD-PARTY-LICENSES.md); graphology stays an import, because its graphs are part of the API and a program
// that builds its own must share one copy with Corridor, and so does country-coder, loaded lazily for a user's own
// dataset only. zod stays a dependency for its types, which the declarations name. Not minified: a developer
// reading a stack trace sees the source's names. Run by `pnpm build` after tsc.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import packageJson from '../package.json' with { type: 'json' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `./engine` → `engine/index`; `.` → `index`: the entry points as package.json exports them. */
const entries = Object.keys(packageJson.exports)
  .filter((key) => key !== './package.json' && !key.includes('*'))
  .map((key) => (key === '.' ? 'index' : `${key.slice(2)}/index`));

/**
 * Imported, not inlined: graphology (its graphs are part of the API, and a program that builds its own should
 * share one copy with Corridor) and country-coder (loaded lazily, only for a user's own dataset).
 */
const EXTERNAL = ['graphology', '@rapideditor/country-coder'];
// 'stream': papaparse requires it only to parse a Node stream, which Corridor never asks of it.
const isExternalPackage = (id) =>
  id.startsWith('node:') || id === 'stream' || EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

// Data written by one core for another to read (a dataset's precompiled routing graph) carries CORE_VERSION.
const versionSource = readFileSync(join(root, 'src', 'model', 'core-version.ts'), 'utf8');
if (!versionSource.includes(`CORE_VERSION = '${packageJson.version}';`)) {
  throw new Error(
    `bundle.mjs: src/model/core-version.ts does not say CORE_VERSION = '${packageJson.version}', the version in ` +
      'package.json: set it there (after `changeset version`), then build again',
  );
}

rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
const output = await build({
  cwd: root,
  input: Object.fromEntries(entries.map((entry) => [entry, join(root, 'src', `${entry}.ts`)])),
  external: (id) => isExternalPackage(id),
  platform: 'neutral',
  resolve: {
    extensionAlias: { '.js': ['.ts', '.js'] },
    // The browser builds, which run in Node too: the same dist serves both, and lru-cache's default build imports
    // node:diagnostics_channel (for metrics Corridor does not use), which a browser bundler must then stub.
    conditionNames: ['browser', 'import', 'default'],
    mainFields: ['module', 'main'],
  },
  tsconfig: join(root, 'tsconfig.build.json'),
  logLevel: 'warn',
  output: {
    dir: join(root, 'dist'),
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
});

// The packages whose code the bundle now contains: their licences (all MIT) ask that their notices go with it.
const packageDirOf = (id) => id.match(/^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1];
const inlined = new Map();
for (const chunk of output.output) {
  for (const id of chunk.type === 'chunk' ? chunk.moduleIds : []) {
    const dir = packageDirOf(id);
    if (dir === undefined) continue;
    const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    inlined.set(name, { name, version, license, dir });
  }
}
const licenceText = (dir) => {
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (file === undefined)
    throw new Error(`bundle.mjs: no LICENSE file in ${dir}; its notice must ship with the bundle`);
  return readFileSync(join(dir, file), 'utf8').trim();
};
const notices = [...inlined.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map(({ name, version, license, dir }) => `## ${name} ${version} (${license})\n\n${licenceText(dir)}\n`);
writeFileSync(
  join(root, 'dist', 'THIRD-PARTY-LICENSES.md'),
  `# Third-party code bundled in @corridor/core\n\nThese packages' code is inlined in dist/ (scripts/bundle.mjs); ` +
    `their licences follow.\n\n${notices.join('\n')}`,
);
if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('bundle.mjs: dist/index.js was not written');
console.log(
  `dist/: ${entries.length} entry points bundled; inlined ${[...inlined.keys()].sort().join(', ')} ` +
    '(their licences in dist/THIRD-PARTY-LICENSES.md); graphology and country-coder imported',
);
