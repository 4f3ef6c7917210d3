// The consumer test: Corridor as a developer meets it, from outside the workspace. It packs the published
// packages, installs the tarballs with npm into a fresh project under the OS temp folder, then
//   1. typechecks a strict TypeScript file (no skipLibCheck) and the docs' samples under moduleResolution bundler
//      and nodenext, and runs the file (ESM) and a CommonJS require() of the packages;
//   2. runs every TypeScript/JavaScript block of README.md, docs/*.md and the packages' READMEs (extracted now;
//      a block marked ```ts no-run is shown, not run), and every `@example` of the installed packages' `.d.ts`
//      (tsdoc-examples.mjs; typechecked with the docs' blocks, run in one process, each printing what its `// →`
//      comments state), failing for any exported function without one;
//   3. bundles a browser route query with vite and reports its gzip size without and with the dataset.
// Exits non-zero when any step fails; sizes are reported, never judged (bench/ owns the size targets).
// `node test/consumer/run-consumer-test.mjs` after `pnpm build`; KEEP_CONSUMER=1 keeps the temp project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { codeBlocks, documentModule, isRunnable, toJavaScript } from './markdown-code-blocks.mjs';
import { writeExampleModules } from './tsdoc-examples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const PUBLISHED = ['core', 'data', 'cli', 'server'];
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const started = performance.now();
const failures = [];

/** @param {string} text */
function step(text) {
  console.log(`\n— ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Runs a command with its output shown; a non-zero exit is recorded as a failure of `what`.
 * @param {string} what
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(what, command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', timeout: 120_000 });
  const ok = result.status === 0;
  if (!ok) failures.push(`${what} (exit ${result.status ?? result.signal ?? result.error?.message})`);
  console.log(ok ? `  ✓ ${what}` : `  ✗ ${what}`);
  return ok;
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const work = mkdtempSync(join(tmpdir(), 'corridor-consumer-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
mkdirSync(tarballs);
mkdirSync(join(project, 'docs'), { recursive: true });
console.log(`consumer project: ${project}`);

step('packing the published packages (pnpm pack)');
for (const name of PUBLISHED) {
  const result = spawnSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(repoRoot, 'packages', name) });
  if (result.status !== 0) failures.push(`pnpm pack @corridor/${name}: ${result.stderr ?? result.error?.message}`);
}
const packed = readdirSync(tarballs).filter((file) => file.endsWith('.tgz'));
for (const file of packed) console.log(`  ${file}: ${kb(readFileSync(join(tarballs, file)).length)}`);

step('installing the tarballs into a fresh project (npm, --prefer-offline)');
const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
writeFileSync(
  join(project, 'package.json'),
  `${JSON.stringify({ name: 'corridor-consumer', private: true, type: 'module' }, null, 2)}\n`,
);
for (const file of readdirSync(join(here, 'project'))) cpSync(join(here, 'project', file), join(project, file));
// The samples read a dataset folder by the names a reader would have: the repository's data/fujian, and their own.
cpSync(join(repoRoot, 'data', 'fujian'), join(project, 'data', 'fujian'), { recursive: true });
cpSync(join(repoRoot, 'data', 'fujian'), join(project, 'my-dataset'), { recursive: true });
const installed = run(
  'npm install',
  'npm',
  [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...packed.map((file) => join(tarballs, file)),
    `@types/node@${rootPackage.devDependencies['@types/node']}`,
  ],
  project,
);

if (installed) {
  step('extracting the runnable code blocks of the docs');
  const documents = [
    'README.md',
    ...readdirSync(join(repoRoot, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`),
    ...PUBLISHED.map((name) => `packages/${name}/README.md`),
  ].filter((file) => {
    try {
      readFileSync(join(repoRoot, file));
      return true;
    } catch {
      return false;
    }
  });
  /** @type {{ file: string, module: string }[]} */
  const samples = [];
  for (const file of documents) {
    const blocks = codeBlocks(readFileSync(join(repoRoot, file), 'utf8'));
    const runnable = blocks.filter(isRunnable);
    const skipped = blocks.filter((block) => !isRunnable(block) && ['ts', 'js', 'typescript'].includes(block.lang));
    const skippedNote = skipped.length === 0 ? '' : `; marked no-run: line ${skipped.map((b) => b.line).join(', ')}`;
    console.log(`  ${file}: ${runnable.length} runnable of ${blocks.length} blocks${skippedNote}`);
    if (runnable.length === 0) continue;
    const module = `docs/${file.replaceAll('/', '--').replace(/\.md$/, '')}`;
    const source = documentModule(file, runnable);
    writeFileSync(join(project, `${module}.ts`), source);
    writeFileSync(join(project, `${module}.mjs`), toJavaScript(source, `${module}.ts`));
    samples.push({ file, module });
  }

  step("extracting the @example blocks of the installed packages' .d.ts files");
  const examples = writeExampleModules(
    project,
    PUBLISHED.map((name) => `@corridor/${name}`),
  );
  const withExample = examples.exports.filter((exported) => exported.blocks.length > 0).length;
  const exempt = examples.exports.length - withExample - examples.missing.length;
  console.log(
    `  ${withExample} of ${examples.exports.length} exported functions and classes have an @example (${examples.modules} blocks; ${exempt} listed in WITHOUT_EXAMPLE)`,
  );
  for (const { symbol, file } of examples.missing) {
    failures.push(`no @example: ${symbol} (${file})`);
    console.log(`  ✗ no @example: ${symbol} (${file})`);
  }
  for (const symbol of examples.staleExemptions) {
    failures.push(`WITHOUT_EXAMPLE lists ${symbol}, which now has an @example or is gone: drop it from the list`);
  }

  step(
    'typechecking strict TypeScript without skipLibCheck: consumer.ts, consumer.cts, the docs samples and @examples',
  );
  run('tsc, moduleResolution bundler', process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], project);
  run(
    'tsc, moduleResolution nodenext (ESM and CommonJS)',
    process.execPath,
    [tsc, '-p', 'tsconfig.nodenext.json'],
    project,
  );

  step('running the consumer as ESM (with the HTTP API) and as CommonJS, and the installed corridor command');
  const transpiled = toJavaScript(readFileSync(join(project, 'consumer.ts'), 'utf8'), 'consumer.ts');
  writeFileSync(join(project, 'consumer.mjs'), transpiled);
  run('node consumer.mjs (import)', process.execPath, ['consumer.mjs'], project);
  run('node require.cjs (require of the ESM packages)', process.execPath, ['require.cjs'], project);
  const corridor = join(project, 'node_modules', '.bin', 'corridor');
  run('corridor route Xiamen Duisburg (the installed bin)', corridor, ['route', 'Xiamen', 'Duisburg'], project);

  step(`running the docs samples (${samples.length} documents)`);
  for (const { file, module } of samples) run(`${file} samples`, process.execPath, [`${module}.mjs`], project);

  step(`running the @example blocks (${examples.modules}, in one process)`);
  run(
    '@example blocks print what their // → comments state',
    process.execPath,
    [join(here, 'run-examples.mjs'), join(project, 'examples', 'manifest.json')],
    project,
  );

  step('bundling a browser route query with vite (createEngine + the bundled network)');
  /**
   * Builds one entry for the browser and returns the gzip bytes of the chunks loaded at once and of the lazy ones.
   * @param {string} name
   * @param {string} entry
   * @param {string[]} external
   */
  const bundle = async (name, entry, external) => {
    const outDir = join(project, 'bundle', name);
    const output = await build({
      root: project,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 100_000,
        rollupOptions: { input: join(project, entry), external, output: { entryFileNames: '[name].js' } },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
      'output' in result ? result.output.filter((item) => item.type === 'chunk') : [],
    );
    const gzip = (/** @type {typeof chunks} */ list) =>
      list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
    return {
      outDir,
      eager: gzip(chunks.filter((chunk) => chunk.isEntry)),
      lazy: gzip(chunks.filter((chunk) => !chunk.isEntry)),
      raw: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    };
  };
  try {
    const code = await bundle('code', 'browser-route.js', ['@corridor/data']);
    const whole = await bundle('whole', 'browser-route.js', []);
    const tiny = await bundle('great-circle', 'great-circle.js', []);
    const line = (/** @type {string} */ label, /** @type {Awaited<ReturnType<typeof bundle>>} */ size) =>
      console.log(
        `  ${label}: ${kb(size.eager)} gzip at load${size.lazy > 0 ? ` + ${kb(size.lazy)} gzip lazy chunks` : ''} (${kb(size.raw)} minified)`,
      );
    line('route query, code without the dataset', code);
    line('route query, with the bundled dataset ', whole);
    line('greatCircleKm alone (tree-shaking)    ', tiny);
    run(
      'the browser bundle answers a route (run in Node)',
      process.execPath,
      [join(whole.outDir, 'browser-route.js')],
      project,
    );
    run('the greatCircleKm bundle runs', process.execPath, [join(tiny.outDir, 'great-circle.js')], project);
  } catch (error) {
    failures.push(`vite bundle: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`  ✗ vite bundle: ${error}`);
  }
}

if (process.env.KEEP_CONSUMER === '1') console.log(`\nkept: ${relative(process.cwd(), work) || work}`);
else rmSync(work, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(
    `\nconsumer test: ${failures.length} failed in ${seconds} s:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`\nconsumer test: every step passed in ${seconds} s`);
