// Every exported spec file validates as OpenAPI 3.0 outside JavaScript too. Here, the validator every machine
// of this project has: openapi-spec-validator, preinstalled in the image's Python (its absence fails, with the
// fix). Spectral and kin-openapi need an npm install, Debian's Go and a build (about a minute): CI runs all
// three with `npm run check:openapi` after `npm test`, where each validator must also reject a known-bad copy.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { command } from '../support/command.ts';
import { root, runScript } from '../support/processes.ts';

const EXPORTED = ['generated/openapi.json', 'generated/openapi.yaml', 'generated/openapi.mock.json', 'generated/openapi.proxy.json'];
// Two Python start-ups; 32 s seen with the whole suite running on a busy machine: generous, still far below a hang.
const TIMEOUT = 90_000;
/** `npm run check:openapi -- --only openapi-spec-validator [files]`, as a command. */
async function osv(...files: string[]) {
  const exit = await runScript(`${root}test/openapi/check.ts`, ['--only', 'openapi-spec-validator', ...files], { timeoutMs: TIMEOUT });
  return { code: exit.code ?? 1, output: exit.stdout + exit.stderr };
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('openapi-spec-validator', () => {
  test('accepts every exported spec file as OpenAPI 3.0', { timeout: TIMEOUT }, async () => {
    const { code, output } = await osv();
    expect(output).not.toContain('not run');
    for (const file of EXPORTED) expect(output).toMatch(new RegExp(`^ok +openapi-spec-validator +${file}$`, 'm'));
    expect(output).toContain(`all ${EXPORTED.length} checks (1 validator × ${EXPORTED.length} files) ok`);
    expect(code).toBe(0);
  });

  test('rejects openapi.mock.json with `example` put back beside `examples`, naming ConfirmKey', { timeout: TIMEOUT }, async () => {
    // The invalidity these validators found in openapi.mock.json before it was fixed.
    const mock = JSON.parse(await readFile('generated/openapi.mock.json', 'utf8'));
    const confirmKey = mock.components.parameters.ConfirmKey;
    confirmKey.example = confirmKey.examples.multipartInProgress.value;
    dir = await mkdtemp(join(tmpdir(), 'openapi-validity-'));
    const copy = join(dir, 'openapi.mock.json');
    await writeFile(copy, JSON.stringify(mock, null, 2));
    const { code, output } = await osv(copy);
    const failure = /^FAIL +openapi-spec-validator +\S*openapi-validity-\w+\/openapi\.mock\.json\n +(.*)$/m.exec(output);
    expect(failure?.[1] ?? output).toMatch(/^components\.parameters\.ConfirmKey: .*Example and examples are mutually exclusive/);
    expect(code).toBe(1);
  });
});

// generate.ts writes YAML 1.1, whose readers (PyYAML, SnakeYAML) take an unquoted 2021-07-24T09:34:32Z for a date.
test('PyYAML reads generated/openapi.yaml as the same document as generated/openapi.json', async () => {
  const compare = 'import json, yaml; print(yaml.safe_load(open("generated/openapi.yaml")) == json.load(open("generated/openapi.json")))';
  const { code, output } = await command('python3', ['-c', compare]);
  expect(output.trim()).toBe('True');
  expect(code).toBe(0);
});
