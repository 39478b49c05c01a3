// A project that installed smh-upload-contract from a registry: it asks a
// mock for an upload task with the typed client, checks the body with the
// validator, and reads the spec files the package ships. It prints one JSON
// report for the test to judge.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  createSmhClient,
  SmhInputError,
  validateUploadTask,
  type components,
  type paths,
  type SmhClientOptions,
  type SmhErrorBody,
  type UploadPart,
  type UploadPartInfo,
  type UploadTask,
} from 'smh-upload-contract';
import { createMockFetch } from 'smh-upload-contract/mock';
import spec from 'smh-upload-contract/openapi.json' with { type: 'json' };

// The exported names are the generated schema's, not loose stand-ins:
// these lines fail to compile if any of them degrades to `any` or drifts.
type Operation = paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}']['get'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const bodyIsUploadTask: Same<Operation['responses'][200]['content']['application/json'], UploadTask> = true;
const errorIsSmhError: Same<components['schemas']['SmhError'], SmhErrorBody> = true;
// @ts-expect-error the conflict strategy is a closed set
const unknownStrategy: UploadTask['conflictResolutionStrategy'] = 'replace';
// @ts-expect-error a part number is a number
const textPartNumber: UploadPart['PartNumber'] = '1';
type IsAny<T> = 0 extends 1 & T ? true : false;
const typesAreNotAny: IsAny<UploadTask | UploadPartInfo | SmhErrorBody> = false;
// @ts-expect-error the mock takes what fetch takes, and a number is not a URL
const numberIsNoUrl = () => createMockFetch()(42);

// Given an address, the HTTP mock (`smh-upload-mock --port …`) answers;
// otherwise the in-process mock does, with no server at all.
const httpMock = process.argv[2];
const accessToken = process.env.SMH_ACCESS_TOKEN ?? 'mock-access-token';
const options: SmhClientOptions = httpMock
  ? { baseUrl: httpMock, accessToken }
  : { baseUrl: 'https://api.tencentsmh.cn', accessToken, fetch: createMockFetch() };
const client = createSmhClient(options);
const task = { libraryId: 'smh0000000000000', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' };

const found = await client.getUploadTask(task, { headers: { Prefer: 'example=multipartInProgress' } });
if (found.error) throw new Error(`expected an upload task, got ${found.response.status} ${found.error.code}`);
const upload: UploadTask = found.data;
const parts: UploadPart[] = upload.parts ?? [];
const partInfo: UploadPartInfo | undefined = upload.uploadPartInfo;

const missing = await client.getUploadTask(task, { headers: { Prefer: 'code=404' } });
const notFound: SmhErrorBody | undefined = missing.error;

let inputError: { name: string; parameter: string } | undefined;
try {
  await client.getUploadTask({ ...task, confirmKey: '..' });
} catch (error) {
  if (error instanceof SmhInputError) inputError = { name: error.name, parameter: error.parameter };
}

const yaml = await readFile(fileURLToPath(import.meta.resolve('smh-upload-contract/openapi.yaml')), 'utf8');

console.log(
  JSON.stringify({
    found: { status: found.response.status, url: found.response.url, body: upload, valid: validateUploadTask(upload).valid, partNumbers: parts.map((part) => part.PartNumber), hasPartInfo: partInfo !== undefined },
    notFound: { status: missing.response.status, code: notFound?.code },
    inputError,
    validatorRejects: validateUploadTask({ confirmed: 'yes' }).valid,
    spec: { operationId: spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get.operationId, yamlFirstLine: yaml.split('\n', 1)[0] },
  }),
);
