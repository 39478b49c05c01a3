// `npm run check:openapi [-- --only <validator>] [file…]`: every exported spec file (package.json `exports` and
// `files` under generated/) must validate as OpenAPI 3.0 in three validators that other languages' tools stand
// on: Spectral (JavaScript), openapi-spec-validator (Python) and kin-openapi (Go). One line per validator × file,
// then a summary; exits 1 on any problem. Strict like redocly.yaml: a Spectral warning fails too, but for ACCEPTED.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACCEPTED, VALIDATORS, warningRule } from './openapi-validators.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

async function exportedSpecFiles(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const named: unknown[] = [...Object.values(manifest.exports), ...manifest.files];
  const specs = named
    .map((entry) => String(entry).replace(/^\.\//, ''))
    .filter((entry) => /^generated\/openapi[^/]*\.(json|ya?ml)$/.test(entry));
  return [...new Set(specs)].map((entry) => join(repoRoot, entry));
}

// A validator that accepted everything would print "ok" too: each must also reject openapi.mock.json with
// ConfirmKey's `example` put back beside its `examples`, the invalidity that these three found there once.
async function knownBad(): Promise<string> {
  const document = JSON.parse(await readFile(join(repoRoot, 'generated/openapi.mock.json'), 'utf8'));
  const parameter = document.components.parameters.ConfirmKey;
  parameter.example = (Object.values(parameter.examples)[0] as { value: unknown }).value;
  const file = join(await mkdtemp(join(tmpdir(), 'check-openapi-')), 'known-bad.openapi.json');
  await writeFile(file, JSON.stringify(document, null, 2));
  return file;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string', multiple: true } } });
const names = values.only ?? Object.keys(VALIDATORS);
const unknown = names.filter((name) => !(name in VALIDATORS));
if (unknown.length > 0) throw new Error(`unknown validator ${unknown.join(', ')}: one of ${Object.keys(VALIDATORS).join(', ')}`);
const files = positionals.length > 0 ? positionals : await exportedSpecFiles();
const bad = await knownBad();
// Installs, builds and checks run at once; lines come out in a fixed order. The known-bad copy goes last, so
// that a validator which stops at an invalid file (openapi-spec-validator) still takes the rest in one run.
const outcomes = await Promise.all(
  names.map(async (name) => {
    try {
      const validator = await VALIDATORS[name]!();
      const results = await validator.check([...files, bad]);
      const rejected = results.pop()!.some((problem) => problem.includes('ConfirmKey'));
      return { name, version: validator.version, results, failure: rejected ? '' : 'accepted the known-bad copy: its "ok" proves nothing' };
    } catch (error) {
      return { name, version: '(not run)', results: [], failure: `not run: ${(error as Error).message}` };
    }
  }),
);
await rm(dirname(bad), { recursive: true });

console.log(`check:openapi: ${outcomes.map(({ name, version }) => `${name} ${version}`).join(', ')}`);
/** Relative to here when inside, else as given. */
const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));
let failed = 0;
const accepted = new Map<string, number>();
for (const { name, results, failure } of outcomes) {
  if (failure) console.log(`FAIL  ${name.padEnd(22)}  ${failure}`);
  failed += failure ? files.length : 0;
  if (!failure)
    results.forEach((problems, i) => {
      for (const rule of problems.map(warningRule).filter((rule) => rule in ACCEPTED)) accepted.set(rule, (accepted.get(rule) ?? 0) + 1);
      const failing = problems.filter((problem) => !(warningRule(problem) in ACCEPTED));
      console.log(`${failing.length > 0 ? 'FAIL' : 'ok  '}  ${name.padEnd(22)}  ${shown(files[i]!)}`);
      for (const problem of failing) console.log(`        ${problem}`);
      failed += failing.length > 0 ? 1 : 0;
    });
}
for (const [rule, count] of accepted) console.log(`accepted Spectral warning ${rule} (${count}×): ${ACCEPTED[rule]}`);
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const total = `${plural(names.length * files.length, 'check')} (${plural(names.length, 'validator')} × ${plural(files.length, 'file')})`;
console.log(
  failed > 0
    ? `check:openapi FAILED: ${failed} of ${total} failed`
    : `check:openapi: all ${total} ok; each validator also rejected a known-bad copy`,
);
process.exitCode = failed > 0 ? 1 : 0;
