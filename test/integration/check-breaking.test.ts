// The breaking-change check as users run it: scripts/check-breaking.ts on a
// released spec and a current one, written to a temporary directory. Each
// kind of break in docs/versioning.md is named (where, field, what), harmless
// edits pass, and the version decides whether a break may ship. A run costs
// a process, so each run checks many edits at once, and all runs overlap.
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { type Finished, script } from '../support/command.ts';

// Edits to a spec for the breaking-change check, each with the lines the check
// must print for it (docs/versioning.md). Edits in one list touch different
// parts of the spec, so that one run of the check on all of them at once
// names each edit's breaks, and nothing else.
type Spec = Record<string, any>;

interface Case {
  change: string;
  edit: (spec: Spec) => void;
  /** What the check prints for this edit alone, in its order; none for a change that breaks nobody. */
  expected: string[];
}

const readJson = (file: string): Spec => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const released = readJson('spec-released/openapi.json');
// A closed enum to break, as 0.1.0's strategy was (the released one is an open set).
released.components.schemas.UploadTask.properties.conflictResolutionStrategy.enum = ['ask', 'rename', 'overwrite'];
const current = readJson('generated/openapi.json');

const path = '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}';
const op = `GET ${path}`;

const schemas = (spec: Spec) => spec.components.schemas;
const params = (spec: Spec) => spec.components.parameters;
const getOp = (spec: Spec) => spec.paths[path].get;

const dropRequired = (schema: { required: string[] }, name: string) => {
  schema.required = schema.required.filter((field) => field !== name);
};

/** On the released spec: changes to responses, which break readers or the validator. */
const responseCases: Case[] = [
  {
    change: 'a field removed deep inside uploadPartInfo',
    edit: (spec) => {
      delete schemas(spec).UploadPartInfo.properties.expiration;
      dropRequired(schemas(spec).UploadPartInfo, 'expiration');
    },
    expected: [`${op} response 200 /uploadPartInfo/expiration: removed`],
  },
  {
    change: 'a top-level field removed',
    edit: (spec) => {
      delete schemas(spec).UploadTask.properties.confirmed;
      dropRequired(schemas(spec).UploadTask, 'confirmed');
    },
    expected: [`${op} response 200 /confirmed: removed`],
  },
  {
    change: 'an optional field removed',
    edit: (spec) => delete schemas(spec).UploadTask.properties.uploadId,
    expected: [`${op} response 200 /uploadId: removed`],
  },
  {
    change: 'a field of the parts items renamed',
    edit: (spec) => {
      const part = schemas(spec).UploadPart;
      part.properties.Etag = part.properties.ETag;
      delete part.properties.ETag;
      part.required = part.required.map((name: string) => (name === 'ETag' ? 'Etag' : name));
    },
    expected: [`${op} response 200 /parts[]/ETag: removed`, `${op} response 200 /parts[]/Etag: added as required`],
  },
  {
    change: 'a field type changed from integer to string',
    edit: (spec) => (schemas(spec).UploadTask.properties.availableDomainNum.type = 'string'),
    expected: [`${op} response 200 /availableDomainNum: type changed from integer to string`],
  },
  {
    change: 'the type of array items changed',
    edit: (spec) => (schemas(spec).UploadTask.properties.path.items = { type: 'integer' }),
    expected: [`${op} response 200 /path[]: type changed from string to integer`],
  },
  {
    change: 'the value type of a map changed',
    edit: (spec) => (schemas(spec).UploadPartInfo.properties.headers.additionalProperties = { type: 'integer' }),
    expected: [`${op} response 200 /uploadPartInfo/headers/*: type changed from string to integer`],
  },
  {
    change: 'nullable removed (the service still sends null; the validator would reject it)',
    edit: (spec) => delete schemas(spec).UploadTask.properties.path.nullable,
    expected: [`${op} response 200 /path: no longer nullable`],
  },
  {
    change: 'a field made nullable',
    edit: (spec) => (schemas(spec).UploadTask.properties.type.nullable = true),
    expected: [`${op} response 200 /type: made nullable`],
  },
  {
    change: 'an enum value removed',
    edit: (spec) => {
      const strategy = schemas(spec).UploadTask.properties.conflictResolutionStrategy;
      strategy.enum = strategy.enum.filter((value: string) => value !== 'overwrite');
    },
    expected: [`${op} response 200 /conflictResolutionStrategy: enum value "overwrite" removed`],
  },
  {
    change: 'an enum value added (an exhaustive switch meets an unknown value)',
    edit: (spec) => schemas(spec).UploadTask.properties.conflictResolutionStrategy.enum.push('skip'),
    expected: [`${op} response 200 /conflictResolutionStrategy: enum value "skip" added`],
  },
  {
    change: 'a bound tightened',
    edit: (spec) => (schemas(spec).UploadPart.properties.PartNumber.maximum = 1000),
    expected: [`${op} response 200 /parts[]/PartNumber: maximum changed from 10000 to 1000`],
  },
  {
    change: 'a required field made optional',
    edit: (spec) => dropRequired(schemas(spec).UploadTask, 'force'),
    expected: [`${op} response 200 /force: made optional`],
  },
  {
    change: 'required fields made optional at depth',
    edit: (spec) => {
      dropRequired(schemas(spec).UploadPartInfo, 'headers');
      dropRequired(schemas(spec).UploadPart, 'Size');
    },
    expected: [`${op} response 200 /parts[]/Size: made optional`, `${op} response 200 /uploadPartInfo/headers: made optional`],
  },
  {
    change: 'a new required field',
    edit: (spec) => {
      schemas(spec).UploadTask.properties.checksum = { type: 'string' };
      schemas(spec).UploadTask.required.push('checksum');
    },
    expected: [`${op} response 200 /checksum: added as required`],
  },
  {
    change: 'a field removed from the error body every error status shares',
    edit: (spec) => delete schemas(spec).SmhError.properties.requestId,
    expected: ['400', '403', '404', '429', '500', '503', 'default'].map((status) => `${op} response ${status} /requestId: removed`),
  },
  {
    change: 'a response header removed',
    edit: (spec) => delete getOp(spec).responses['200'].headers,
    expected: [`${op} response 200 header X-Request-Id: removed`],
  },
  {
    change: 'a named example removed (the mock serves it on Prefer: example=confirmed)',
    edit: (spec) => delete getOp(spec).responses['200'].content['application/json'].examples.confirmed,
    expected: [`${op} response 200: example confirmed removed`],
  },
  {
    // Last: it moves UploadPart, as the edits above left it, to a new name.
    change: 'a renamed schema breaks the exported components type even when its shape is the same',
    edit: (spec) => {
      schemas(spec).Part = schemas(spec).UploadPart;
      delete schemas(spec).UploadPart;
      schemas(spec).UploadTask.properties.parts.items = { $ref: '#/components/schemas/Part' };
    },
    expected: ['components schemas UploadPart: removed'],
  },
];

/** On the released spec: changes to requests, which break callers. */
const requestCases: Case[] = [
  {
    change: 'a new required query parameter',
    edit: (spec) => getOp(spec).parameters.push({ name: 'version', in: 'query', required: true, schema: { type: 'string' } }),
    expected: [`${op} query parameter version: added as required`],
  },
  {
    change: 'a new required header',
    edit: (spec) => getOp(spec).parameters.push({ name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } }),
    expected: [`${op} header parameter X-Trace: added as required`],
  },
  {
    change: 'a new required path parameter on the path item',
    edit: (spec) => spec.paths[path].parameters.push({ name: 'Region', in: 'path', required: true, schema: { type: 'string' } }),
    expected: [`${op} path parameter Region: added as required`],
  },
  {
    change: 'an optional parameter made required',
    edit: (spec) => (params(spec).UserId.required = true),
    expected: [`${op} query parameter user_id: made required`],
  },
  {
    change: 'a parameter removed',
    edit: (spec) => getOp(spec).parameters.splice(2, 1),
    expected: [`${op} query parameter library_secret: removed`],
  },
  {
    change: 'an accepted enum value removed',
    edit: (spec) => (params(spec).InternalDomain.schema.enum = [0]),
    expected: [`${op} query parameter internal_domain: enum value 1 removed`],
  },
  {
    change: 'the empty spelling of the upload flag removed',
    edit: (spec) => (params(spec).UploadFlag.schema.enum = ['1']),
    expected: [`${op} query parameter upload: enum value "" removed`],
  },
  {
    change: 'an enum put on a free parameter',
    edit: (spec) => (params(spec).UserId.schema.enum = ['admin']),
    expected: [`${op} query parameter user_id: enum added (["admin"])`],
  },
  {
    change: 'a pattern added',
    edit: (spec) => (params(spec).UserId.schema.pattern = '^[a-z]+$'),
    expected: [`${op} query parameter user_id: pattern added ("^[a-z]+$")`],
  },
  {
    change: 'a pattern changed',
    edit: (spec) => (params(spec).ConfirmKey.schema.pattern = '^[0-9a-f]{32}$'),
    expected: [`${op} path parameter ConfirmKey: pattern changed from "^[^/\\\\x00-\\\\x1F\\\\x7F]+$" to "^[0-9a-f]{32}$"`],
  },
  {
    change: 'a length limit added',
    edit: (spec) => (params(spec).UserId.schema.maxLength = 64),
    expected: [`${op} query parameter user_id: maxLength added (64)`],
  },
  {
    change: 'a type narrowed',
    edit: (spec) => (params(spec).UserId.schema.type = 'integer'),
    expected: [`${op} query parameter user_id: type changed from string to integer`],
  },
  {
    change: 'the empty value no longer allowed',
    edit: (spec) => delete params(spec).UploadFlag.allowEmptyValue,
    expected: [`${op} query parameter upload: empty value no longer allowed`],
  },
  {
    change: 'a default changed',
    edit: (spec) => (params(spec).SpaceId.schema.default = 'main'),
    expected: [`${op} path parameter SpaceId: default added (main)`],
  },
  {
    change: 'the serialization changed',
    edit: (spec) => (params(spec).UserId.style = 'deepObject'),
    expected: [
      `${op} query parameter user_id: serialization changed from style=form explode=true allowReserved=false` +
        ' to style=deepObject explode=false allowReserved=false',
    ],
  },
  {
    change: 'the access token moved to a header',
    edit: (spec) => (spec.components.securitySchemes.AccessToken.in = 'header'),
    expected: [`${op} security: apiKey access_token in query no longer accepted`],
  },
  {
    change: 'a required request body added',
    edit: (spec) => (getOp(spec).requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }),
    expected: [`${op} request body: added as required`],
  },
];

/** A change that breaks nobody: the check prints nothing for it. */
const harmless = (change: string, edit: (spec: Spec) => void): Case => ({ change, edit, expected: [] });

/** On the released spec: changes that break nobody. */
const harmlessCases: Case[] = [
  harmless('nothing', () => {}),
  harmless('an optional response field added', (spec) => (schemas(spec).UploadTask.properties.checksum = { type: 'string' })),
  harmless('an optional parameter added', (spec) => {
    getOp(spec).parameters.push({ name: 'lang', in: 'query', required: false, schema: { type: 'string' } });
  }),
  harmless('descriptions and summaries edited', (spec) => {
    getOp(spec).description = 'Reworded.';
    getOp(spec).summary = 'Reworded';
    schemas(spec).UploadTask.properties.path.description = 'Reworded.';
    params(spec).UserId.description = 'Reworded.';
    spec.components.responses.NotFound.description = 'Reworded.';
  }),
  harmless('an example added', (spec) => {
    spec.components.examples.renamedOnConfirm = { value: spec.components.examples.confirmed.value };
    const examples = getOp(spec).responses['200'].content['application/json'].examples;
    examples.renamedOnConfirm = { $ref: '#/components/examples/renamedOnConfirm' };
  }),
  harmless("an example's value edited", (spec) => (spec.components.examples.confirmed.value.availableDomainNum = 3)),
  harmless('a status code added', (spec) => (getOp(spec).responses['409'] = { $ref: '#/components/responses/BadRequest' })),
  harmless('a request enum value added', (spec) => params(spec).InternalDomain.schema.enum.push(2)),
  harmless('a request pattern removed', (spec) => delete params(spec).LibraryId.schema.pattern),
  harmless('a required parameter made optional', (spec) => (params(spec).UploadFlag.required = false)),
  harmless("a parameter's default serialization spelled out", (spec) => {
    Object.assign(params(spec).UserId, { style: 'form', explode: true });
  }),
  harmless('a header name written in another case', (spec) => {
    const response = getOp(spec).responses['200'];
    response.headers = { 'x-request-id': response.headers['X-Request-Id'] };
  }),
];

interface Pair {
  /** The spec both sides start from (the released one unless given), and edits made to both. */
  from?: Spec;
  both?: (spec: Spec) => void;
  /** Made to the current side only. */
  cases: Case[];
  /** info.version of the released spec and of the current one; package.json has the current one's unless given. */
  versions: [released: string, current: string];
  packageVersion?: string;
  verbose?: boolean;
  /** The current spec as YAML: --current takes any spec's root file. */
  yaml?: boolean;
}

interface Run {
  code: number;
  lines: string[];
  /** Every line but the last: the breaks, when the check lists them. */
  breaks: string[];
  /** The last line: the verdict. */
  summary: string | undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'smh-breaking-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Ten processes share the machine with the rest of the suite.
const timeout = 60_000;
const parse = ({ code, output }: Finished): Run => {
  const lines = output.trimEnd().split('\n');
  return { code, lines, breaks: lines.slice(0, -1), summary: lines.at(-1) };
};

async function check(name: string, pair: Pair): Promise<Run> {
  const before = structuredClone(pair.from ?? released);
  pair.both?.(before);
  before.info.version = pair.versions[0];
  const after = structuredClone(before);
  for (const { edit } of pair.cases) edit(after);
  after.info.version = pair.versions[1];
  const file = (part: string) => join(dir, `${name}.${part}`);
  const [releasedFile, packageFile] = [file('released.json'), file('package.json')];
  const currentFile = file(pair.yaml ? 'current.yaml' : 'current.json');
  await Promise.all([
    writeFile(releasedFile, JSON.stringify(before)),
    writeFile(currentFile, pair.yaml ? stringify(after) : JSON.stringify(after)),
    writeFile(packageFile, JSON.stringify({ version: pair.packageVersion ?? pair.versions[1] })),
  ]);
  const args = ['--released', releasedFile, '--current', currentFile, '--package', packageFile];
  return parse(await script('check-breaking', pair.verbose ? [...args, '--verbose'] : args, timeout));
}

/** Started now, so that the processes overlap; the tests that await it report a failure. */
function started(run: Promise<Run>): Promise<Run> {
  run.catch(() => {});
  return run;
}

const recursive = (spec: Spec) => {
  schemas(spec).UploadPart.properties.children = { type: 'array', items: { $ref: '#/components/schemas/UploadPart' } };
};

// Apart from the big runs, whose edits they would hide or collide with (the 200 body, user_id, the 404).
const wholeCases: Case[] = [
  {
    change: 'a changed operationId is named',
    edit: (spec) => (getOp(spec).operationId = 'getTask'),
    expected: [`${op} operationId: changed from getUploadTask to getTask`],
  },
  {
    change: 'a parameter renamed',
    edit: (spec) => (params(spec).UserId.name = 'userId'),
    expected: [`${op} query parameter user_id: removed`],
  },
  {
    change: 'a status code removed',
    edit: (spec) => delete getOp(spec).responses['404'],
    expected: [`${op} response 404: removed`],
  },
  {
    change: 'a media type removed',
    edit: (spec) => {
      const responses = getOp(spec).responses['200'];
      responses.content = { 'application/xml': responses.content['application/json'] };
    },
    expected: [`${op} response 200: media type application/json removed`],
  },
];
const operationRemoved: Case = {
  change: 'a removed operation is named',
  edit: (spec) => delete spec.paths[path].get,
  expected: [`${op}: removed`],
};
const forceOptional: Case = {
  change: 'a required field made optional',
  edit: (spec) => dropRequired(schemas(spec).UploadTask, 'force'),
  expected: [`${op} response 200 /force: made optional`],
};

const keys = (spec: Spec) => params(spec).ConfirmKey.examples;
// The current spec's calls: a change to a component shared by several is named for each.
const taskCalls = [`GET ${path}`, `DELETE ${path}`, `POST ${path}#renew`, `POST ${path}#confirm`];
const everyCall = [
  ...taskCalls,
  'POST /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#multipart',
  'PUT /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#simple',
];
// On the current spec: its test keys are the mocks' (consumers hard-code them); its open sets are the current ones.
const currentCases: Case[] = [
  {
    change: 'a test key removed',
    edit: (spec) => delete keys(spec).confirmed,
    expected: taskCalls.map((call) => `${call} path parameter ConfirmKey: example confirmed removed`),
  },
  {
    change: 'a test key changed',
    edit: (spec) => (keys(spec).UploadNotFound.value = 'not-found'),
    expected: taskCalls.map(
      (call) => `${call} path parameter ConfirmKey: example UploadNotFound changed from example-UploadNotFound to not-found`,
    ),
  },
  harmless('a test key added', (spec) => (keys(spec).later = { value: 'example-later' })),
  harmless('a known value added to an open set', (spec) => {
    schemas(spec).UploadTask.properties.conflictResolutionStrategy['x-extensible-enum'].push('merge');
  }),
  // With UploadPart holding a list of UploadParts, and user_id a string or an integer, on both sides.
  {
    change: 'alternatives in anyOf are compared one by one',
    edit: (spec) => (params(spec).UserId.schema.anyOf[1].enum = [1]),
    expected: everyCall.map((call) => `${call} query parameter user_id /anyOf/1: enum added ([1])`),
  },
  {
    change: 'a recursive schema is compared without looping',
    edit: (spec) => (schemas(spec).UploadPart.properties.Size.type = 'string'),
    expected: [`${op} response 200 /parts[]/Size: type changed from integer to string`],
  },
  {
    change: 'an optional field made required',
    edit: (spec) => schemas(spec).UploadTask.required.push('uploadId'),
    expected: [`${op} response 200 /uploadId: made required`],
  },
];
const alternatives = (spec: Spec) => {
  params(spec).UserId.schema = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
};

const runs = {
  responses: started(check('responses', { cases: responseCases, versions: ['0.1.0', '0.1.7'] })),
  requests: started(check('requests', { cases: requestCases, versions: ['1.4.2', '1.9.3'] })),
  whole: started(check('whole', { cases: wholeCases, versions: ['0.1.0', '1.0.0'], verbose: true })),
  // Both sides hold a recursive schema: compared with itself, without looping.
  harmless: started(check('harmless', { both: recursive, cases: harmlessCases, versions: ['0.1.0', '0.1.1'] })),
  current: started(
    check('current', {
      from: current,
      both: (spec) => {
        for (const edit of [recursive, alternatives]) edit(spec);
      },
      cases: currentCases,
      versions: ['0.0.3', '0.0.3'],
    }),
  ),
  operationRemoved: started(check('operation-removed', { cases: [operationRemoved], versions: ['0.1.0', '0.1.1'] })),
  quiet: started(check('quiet', { cases: [forceOptional], versions: ['0.1.0', '0.2.0'], yaml: true })),
  versionsDiffer: started(check('versions-differ', { cases: [], versions: ['0.1.0', '0.2.0'], packageVersion: '0.1.0' })),
  older: started(check('older', { cases: [], versions: ['0.3.0', '0.1.0'] })),
  // What `npm run check:breaking` checks: the last release, the bundled spec and package.json.
  repository: started(script('check-breaking', [], timeout).then(parse)),
};

/** Each case's lines are printed in its order, and no line that no case expects. */
function eachCase(run: Promise<Run>, cases: Case[]): void {
  test.each(cases)('$change', async ({ expected }) => {
    const { breaks } = await run;
    expect(breaks.filter((line) => expected.includes(line))).toEqual(expected);
  });
  test('and no other break', async () => {
    expect((await run).breaks.toSorted()).toEqual(cases.flatMap(({ expected }) => expected).toSorted());
  });
}

describe('response changes that break readers or the validator', { timeout }, () => {
  eachCase(runs.responses, responseCases);
});
describe('request changes that break callers', { timeout }, () => eachCase(runs.requests, requestCases));
describe('changes to what the package exports by name, and to whole responses', { timeout }, () => {
  eachCase(runs.whole, wholeCases);
  test(operationRemoved.change, async () => {
    expect((await runs.operationRemoved).breaks).toEqual(operationRemoved.expected);
  });
});
describe('changes that break nobody pass', { timeout }, () => eachCase(runs.harmless, harmlessCases));
describe('against the current spec: test keys, open sets, schema structure', { timeout }, () => {
  eachCase(runs.current, currentCases);
});

const breaking = (cases: Case[]) => {
  const count = cases.flatMap(({ expected }) => expected).length;
  return `${count} breaking change${count === 1 ? '' : 's'}`;
};
const notMoved = (cases: Case[], since: string, still: string, next: string) =>
  `${breaking(cases)} since ${since} without a major version change (still ${still}): ` +
  `undo them, or bump the version to ${next} and list them in CHANGELOG.md`;
const accepted = (cases: Case[], version: string, since: string) =>
  `check:breaking: ok: ${version} is a new compatibility line after ${since} ` +
  `(0.x: a new minor is a new compatibility line), which may ship its ${breaking(cases)} since ${since}: list them in CHANGELOG.md (--verbose prints them)`;

describe('the version decides whether a break may ship', { timeout }, () => {
  // Below 1.0.0 the minor is the compatibility line; from 1.0.0 the major; each 0.0.x stands alone.
  test.each([
    { run: 'harmless', code: 0, summary: 'check:breaking: ok: 0.1.1 has no breaking changes since 0.1.0' },
    { run: 'responses', code: 1, summary: notMoved(responseCases, '0.1.0', '0.1.7', '0.2.0') },
    { run: 'requests', code: 1, summary: notMoved(requestCases, '1.4.2', '1.9.3', '2.0.0') },
    { run: 'current', code: 1, summary: notMoved(currentCases, '0.0.3', '0.0.3', '0.0.4') },
    { run: 'whole', code: 0, summary: accepted(wholeCases, '1.0.0', '0.1.0') },
  ] as const)('the $run run: its exit code and verdict', async ({ run, code, summary }) => {
    expect(await runs[run]).toMatchObject({ code, summary });
  });

  test('a break on the same line fails and says which version to move to', async () => {
    expect(await runs.operationRemoved).toMatchObject({
      code: 1,
      lines: [`${op}: removed`, notMoved([operationRemoved], '0.1.0', '0.1.1', '0.2.0')],
    });
  });

  test('a break that may ship passes in one line (the current spec given as YAML)', async () => {
    expect(await runs.quiet).toMatchObject({ code: 0, lines: [accepted([forceOptional], '0.2.0', '0.1.0')] });
  });

  test("package.json's version and the spec's info.version must agree", async () => {
    const differ = "package.json version 0.1.0 and the spec's info.version 0.2.0 differ: keep them equal";
    expect(await runs.versionsDiffer).toMatchObject({ code: 1, lines: [differ] });
  });

  test('a version older than the release fails', async () => {
    expect(await runs.older).toMatchObject({ code: 1, lines: ['version 0.1.0 is older than the released 0.3.0'] });
  });

  const readPackage = async () => JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const literal = (version: string) => version.replaceAll('.', '\\.');

  test('the current spec and version are compatible with the last release, said in one line', async () => {
    const [{ code, lines }, pkg] = await Promise.all([runs.repository, readPackage()]);
    expect(lines.join('\n')).not.toMatch(/without a major version change|differ|older/);
    expect(code).toBe(0);
    const verdict = `(has no breaking changes since ${literal(released.info.version)}|is a new compatibility line after ${literal(released.info.version)})`;
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^check:breaking: ok: ${literal(pkg.version)} ${verdict}`))]);
  });

  test('the released spec and the package version each have a CHANGELOG entry', async () => {
    const changelog = await readFile(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    for (const version of new Set([released.info.version, (await readPackage()).version])) {
      expect(changelog).toMatch(new RegExp(`^## \\[${literal(version)}\\]`, 'm'));
    }
  });
});
