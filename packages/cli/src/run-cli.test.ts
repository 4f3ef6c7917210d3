import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('corridor', () => {
  it('--help lists the commands and exits 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: corridor/);
    expect(out).toMatch(/sources/);
  });

  it('--version prints the version and exits 0', async () => {
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown command exits 2 with a did-you-mean', async () => {
    const { code, err } = await run('sorces');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command 'sorces'/);
    expect(err).toMatch(/Did you mean sources\?/);
  });

  it('an unknown option exits 2 naming the option', async () => {
    const { code, err } = await run('sources', '--jsn');
    expect(code).toBe(2);
    expect(err).toMatch(/--jsn/);
  });

  it('sources --json prints the whole register with unique ids', async () => {
    const { code, out } = await run('sources', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; title: string }[];
    expect(list.length).toBeGreaterThan(100);
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
  });

  it('sources C17 shows the IMO source behind the 10 t per TEU default', async () => {
    const { code, out } = await run('sources', 'c17');
    expect(code).toBe(0);
    expect(out).toMatch(/^C17\s+IMO rules/);
  });

  it('sources with an unknown id exits 2 and suggests ids of the same family', async () => {
    const { code, err } = await run('sources', 'S999');
    expect(code).toBe(2);
    expect(err).toMatch(/sources: id: "S999" — unknown source id/);
  });
});
