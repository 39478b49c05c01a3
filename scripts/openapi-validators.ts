// The three OpenAPI 3.0 validators of `npm run check:openapi`, each made ready on demand (installed, built) and
// run the way other languages' tools load the spec: Spectral (JavaScript), openapi-spec-validator (Python) and
// kin-openapi (Go). A validator that cannot run here throws, saying how to get it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

/** `check` gives each file's problems, in order: a validator's start-up is paid once, not once a file. */
export interface Validator {
  version: string;
  check(files: string[]): Promise<string[][]>;
}

// Reused between runs; SMH_OPENAPI_CACHE moves it (for a worktree whose node_modules links to another checkout's).
const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const cache = process.env.SMH_OPENAPI_CACHE ?? join(repoRoot, 'node_modules/.cache');
const run = (file: string, args: string[]) => execa(file, args, { reject: false, all: true, stdin: 'ignore' });
/** Spectral warnings that do not fail the check, with the reason; they are counted and listed apart. */
export const ACCEPTED: Record<string, string> = {
  'info-contact': 'the package has no contact address to publish (package.json and the README name none); a made-up one would be worse',
};
/** The Spectral rule of a warning ("warning RULE at …"), if it is one; info and hint fail like warnings. */
export const warningRule = (problem: string) => /^warning (\S+)/.exec(problem)?.[1] ?? '';

// The engine of @stoplight/spectral-cli 6.16.3 (the versions its lockfile takes) without the CLI: 156 packages
// instead of 242 (8 s against 25 s to install), run in this process, with results as data rather than text.
const SPECTRAL = { '@stoplight/spectral-core': '1.24.1', '@stoplight/spectral-rulesets': '1.23.1', '@stoplight/spectral-parsers': '1.0.5' };
async function spectral(): Promise<Validator> {
  const dir = join(cache, 'smh-spectral');
  const wanted = JSON.stringify({ private: true, dependencies: SPECTRAL });
  if ((await readFile(join(dir, 'installed.json'), 'utf8').catch(() => '')) !== wanted) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), wanted);
    console.error(`check:openapi: installing Spectral into ${dir} (once)…`);
    // Never into the project's own dependencies. @scarf/scarf, a dependency, reports installs from a postinstall
    // script: scripts are off (npm 11 skips them anyway) and SCARF_ANALYTICS=false says no as well.
    const args = ['install', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
    const npm = await execa('npm', args, { reject: false, all: true, stdin: 'ignore', env: { SCARF_ANALYTICS: 'false' } });
    if (npm.exitCode !== 0) throw new Error(`npm install of Spectral failed:\n${npm.all}`);
    await writeFile(join(dir, 'installed.json'), wanted);
  }
  const require = createRequire(join(dir, 'package.json'));
  const { Spectral, Document } = require('@stoplight/spectral-core');
  const { Json, Yaml } = require('@stoplight/spectral-parsers');
  const linter = new Spectral();
  // What `extends: spectral:oas` in a .spectral.yaml means: the recommended rules of the OpenAPI ruleset.
  linter.setRuleset({ extends: [[require('@stoplight/spectral-rulesets').oas, 'recommended']] });
  type Result = { severity: number; code: string; message: string; path: string[]; range: { start: { line: number } } };
  const say = ({ severity, code, message, path, range }: Result) =>
    `${['error', 'warning', 'info', 'hint'][severity]} ${code} at ${path.join('.') || '/'} (line ${range.start.line + 1}): ${message}`;
  const lint = async (file: string) =>
    ((await linter.run(new Document(await readFile(file, 'utf8'), file.endsWith('.json') ? Json : Yaml, file))) as Result[]).map(say);
  const { '@stoplight/spectral-core': core, '@stoplight/spectral-rulesets': rulesets } = SPECTRAL;
  return { version: `${core} (spectral:oas ${rulesets})`, check: (files) => Promise.all(files.map(lint)) };
}

async function openapiSpecValidator(): Promise<Validator> {
  const probe = await run('openapi-spec-validator', ['--version']);
  if (probe.exitCode !== 0) {
    throw new Error(
      'openapi-spec-validator is not on PATH. Elsewhere: `pip install openapi-spec-validator`. Not here: PyPI is ' +
        "unreachable and Debian 12 has no package of it; the machine image has it in pyenv's Python: put ~/.pyenv/shims on PATH.",
    );
  }
  async function check(files: string[]): Promise<string[][]> {
    if (files.length === 0) return [];
    // --schema 3.0: judged as OpenAPI 3.0 whatever a file says. It stops at the first invalid file ("FILE: OK" for
    // those before it): that one gets the error, and the files after it a run of their own.
    const { all } = await run('openapi-spec-validator', ['--schema', '3.0', ...files]);
    const invalid = files.findIndex((file) => !`\n${all}\n`.includes(`\n${file}: OK\n`));
    if (invalid === -1) return files.map(() => []);
    const error = condense(all.slice(Math.max(0, all.indexOf(`${files[invalid]}: `))));
    return [...files.slice(0, invalid).map(() => []), [error], ...(await check(files.slice(invalid + 1)))];
  }
  return { version: probe.stdout.split(' ').pop() ?? '?', check };
}

/** openapi-spec-validator prints Python reprs of schema and document: keep where (the document's path) and why. */
function condense(output: string): string {
  const where = [...output.matchAll(/^On instance((?:\[[^\]]+\])+):$/gm)].map((m) => m[1]!.replace(/\['?([^'\]]*)'?\]/g, '.$1').slice(1));
  const why = [...output.matchAll(/^\s*\{'description': '([^']+)'/gm)].map((m) => m[1]);
  if (where.length === 0) return output.trim().split('\n')[0]!.slice(0, 300);
  return `${[...new Set(where)].join(', ')}: ${[...new Set(why)].join('; ') || 'does not match the OpenAPI 3.0 schema'}`;
}

const KIN_SOURCE = '/usr/share/gocode/src/github.com/getkin/kin-openapi';
async function kinOpenapi(): Promise<Validator> {
  if ((await run('go', ['version'])).exitCode !== 0 || !existsSync(KIN_SOURCE)) {
    const packages = 'golang-go golang-github-getkin-kin-openapi-dev';
    throw new Error(`needs Debian's Go and kin-openapi: apt-get update && apt-get install -y ${packages}`);
  }
  const bin = join(cache, 'smh-kin-validate', 'kin-validate');
  // GOPATH mode against Debian's packaged sources: no module download (only the npm registry and Debian's packages
  // are reachable here). Go's build cache decides what to rebuild: seconds the first time, then a fraction of one.
  const env = { GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOPROXY: 'off', GOFLAGS: '', GOCACHE: join(dirname(bin), 'gocache') };
  const cwd = join(repoRoot, 'scripts/kin-validate');
  const build = await execa('go', ['build', '-o', bin, 'main.go'], { cwd, env, reject: false, all: true, stdin: 'ignore' });
  if (build.exitCode !== 0) throw new Error(`go build of scripts/kin-validate failed:\n${build.all}`);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query reads ${Version} itself
  const version = (await run('dpkg-query', ['-W', '-f=${Version}', 'golang-github-getkin-kin-openapi-dev'])).stdout || '?';
  async function check(files: string[]): Promise<string[][]> {
    const lines = (await run(bin, files)).all.split('\n'); // "FILE: OK" or "FILE: INVALID: why", one line a file
    return files.map((file) => {
      const verdict = lines.find((line) => line.startsWith(`${file}: `))?.slice(file.length + 2) ?? 'no verdict printed';
      return verdict === 'OK' ? [] : [verdict.replace(/^INVALID: /, '')];
    });
  }
  return { version, check };
}

export const VALIDATORS: Record<string, () => Promise<Validator>> = {
  spectral,
  'openapi-spec-validator': openapiSpecValidator,
  'kin-openapi': kinOpenapi,
};
