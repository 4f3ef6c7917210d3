// The README's two commands must fail loudly, naming the missing piece, when a prerequisite is missing.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isNodeTooOld } from '../../scripts/lib/prerequisites.mjs';

const prerequisites = pathToFileURL(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'lib', 'prerequisites.mjs'),
).href;

function callPrerequisite(call: string, env: Record<string, string>) {
  const code = `import(${JSON.stringify(prerequisites)}).then((m) => ${call})`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
}

describe('README command prerequisites', () => {
  it('isNodeTooOld() accepts 20.19.0 and later, and refuses earlier versions', () => {
    expect(isNodeTooOld('20.19.0')).toBe(false);
    expect(isNodeTooOld('v22.1.0')).toBe(false);
    expect(isNodeTooOld('20.20.2')).toBe(false);
    expect(isNodeTooOld('20.18.3')).toBe(true);
    expect(isNodeTooOld('18.20.4')).toBe(true);
  });

  it('requireNode() stops with exit 1 and names the version needed', () => {
    const result = callPrerequisite("m.requireNode('18.20.4')", {});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Node 18\.20\.4 is too old: Corridor needs Node ≥ 20\.19\.0/);
  });

  it('ensureChromium() stops with exit 1, naming the path and how to get Chromium, when CHROMIUM_PATH is wrong', () => {
    const result = callPrerequisite('m.ensureChromium()', { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/there is none at \/nonexistent\/chromium/);
    expect(result.stderr).toMatch(/apt-get install -y chromium/);
    expect(result.stderr).toMatch(/CHROMIUM_PATH/);
  });
});
