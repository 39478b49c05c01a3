// A project that installed smh-upload-contract from a registry, with the peers
// the README names (Prism's engine, msw) and axios. Its code under test asks
// for upload tasks through its own code path (no mock-only header) and
// meets every documented test key through createMockFetch and through the
// MSW handlers serving axios. It prints one JSON report to judge.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { setupServer } from 'msw/node';
import {
  type components,
  createSmhClient,
  type paths,
  type SmhClientOptions,
  type SmhErrorBody,
  SmhInputError,
  type UploadPart,
  type UploadPartInfo,
  type UploadTask,
  validateUploadTask,
} from 'smh-upload-contract';
import { createMockFetch } from 'smh-upload-contract/mock';
import { createSmhHandlers } from 'smh-upload-contract/msw';
import spec from 'smh-upload-contract/openapi.json' with { type: 'json' };

// The exported names are the generated schema's, not loose stand-ins:
// these lines fail to compile if any of them degrades to `any` or drifts.
type Operation = paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}']['get'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const bodyIsUploadTask: Same<Operation['responses'][200]['content']['application/json'], UploadTask> = true;
const errorIsSmhError: Same<components['schemas']['SmhError'], SmhErrorBody> = true;
// The conflict strategy is an open set: known values, and any string the service may add.
const knownStrategy: UploadTask['conflictResolutionStrategy'] = 'rename';
const laterStrategy: UploadTask['conflictResolutionStrategy'] = 'merge';
// @ts-expect-error a part number is a number
const textPartNumber: UploadPart['PartNumber'] = '1';
// Unknown fields are allowed at run time (`additionalProperties: true`), yet a
// misspelt one does not compile: the types have no catch-all index signature.
// @ts-expect-error `confirmd` is not a field of UploadTask
const misspelt = (task: UploadTask) => task.confirmd;
type IsAny<T> = 0 extends 1 & T ? true : false;
const typesAreNotAny: IsAny<UploadTask | UploadPartInfo | SmhErrorBody> = false;
// @ts-expect-error the mock takes what fetch takes, and a number is not a URL
const numberIsNoUrl = () => createMockFetch()(42);
void [bodyIsUploadTask, errorIsSmhError, knownStrategy, laterStrategy, textPartNumber, misspelt, typesAreNotAny, numberIsNoUrl];

const accessToken = process.env.SMH_ACCESS_TOKEN ?? 'consumer-token';
const libraryId = 'smh0000000000000';
// The status call's test keys ([example name, key]), as the test reads them from the spec.
const keys = (JSON.parse(process.env.SMH_TEST_KEYS ?? '[]') as Array<[string, string]>).map(([name, key]) => ({ name, key }));

interface Answer {
  name: string;
  status: number;
  body: unknown;
}

/** The code under test: what an uploader does with a task's status. */
async function statusWithClient(options: SmhClientOptions): Promise<Answer[]> {
  const smh = createSmhClient(options);
  return Promise.all(
    keys.map(async ({ name, key }) => {
      const { data, error, response } = await smh.getUploadTask({ libraryId, confirmKey: key });
      return { name, status: response.status, body: data ?? error };
    }),
  );
}

/** The same, written with axios, the way the vendor's SDK calls the service. */
async function statusWithAxios(baseURL: string): Promise<Answer[]> {
  const smh = axios.create({ baseURL, validateStatus: () => true });
  return Promise.all(
    keys.map(async ({ name, key }) => {
      const { status, data } = await smh.get(`/api/v1/file/${libraryId}/-/${encodeURIComponent(key)}`, {
        params: { upload: 1, access_token: accessToken },
      });
      return { name, status, body: data };
    }),
  );
}

const malformed = `/api/v1/file/${libraryId}/-/any-key?upload&access_token=${encodeURIComponent(accessToken)}&internal_domain=2`;
const report: Record<string, unknown> = {};

const mockFetch = createMockFetch();
report.fetch = await statusWithClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken, fetch: mockFetch });
report.fetchMalformed = await (await mockFetch(`https://api.tencentsmh.cn${malformed}`)).json();

const server = setupServer(...createSmhHandlers({ baseUrl: 'https://api.tencentsmh.cn' }));
// Every request must meet a handler. The option that makes a miss an error
// is onUnhandledRequest in msw 2 and onUnhandledFrame in msw 3 (each
// ignores the other's); the lifecycle event is the same in both.
const unhandled: string[] = [];
server.events.on('request:unhandled', ({ request }) => void unhandled.push(`${request.method} ${request.url}`));
server.listen();
try {
  report.msw = await statusWithAxios('https://api.tencentsmh.cn');
  report.mswMalformed = (await axios.get(`https://api.tencentsmh.cn${malformed}`, { validateStatus: () => true })).data;
} finally {
  server.close();
}
report.mswUnhandled = unhandled;

let inputError: { name: string; parameter: string } | undefined;
try {
  await createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken, fetch: mockFetch }).getUploadTask({
    libraryId,
    confirmKey: '..',
  });
} catch (error) {
  if (error instanceof SmhInputError) inputError = { name: error.name, parameter: error.parameter };
}
const yaml = await readFile(fileURLToPath(import.meta.resolve('smh-upload-contract/openapi.yaml')), 'utf8');
Object.assign(report, {
  inputError,
  validatorRejects: validateUploadTask({ confirmed: 'yes' }).valid,
  spec: {
    operationId: spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get.operationId,
    yamlFirstLine: yaml.split('\n', 1)[0],
  },
});

console.log(JSON.stringify(report));
