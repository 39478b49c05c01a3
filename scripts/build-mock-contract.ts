// generated/mock-contract.js: what the mocks answer, read from the spec at
// generate time so that the mocks need neither the spec file nor a $ref
// resolver at run time (and run in a browser): the operation's path, its
// parameters with a compiled validator, every named response example with
// its status, the test keys, and the fields whose dates the mocks move.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { OpenApiDocument } from './spec.ts';

type Node = Record<string, any>;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  /** A value to keep out of logs: an API key, a `format: password` value. */
  secret: boolean;
  schema: Node;
  example?: unknown;
}

/** The one operation of `spec` (dereferenced) as the mocks answer it. */
export function mockContract(spec: OpenApiDocument) {
  const [[path, item] = []] = Object.entries<Node>(spec.paths ?? {});
  const method = Object.keys(item ?? {}).find((key) => key === 'get');
  if (path === undefined || method === undefined) throw new Error('the spec has no GET operation for the mocks to answer');
  const operation = item![method];

  const keyNames = apiKeysInQuery(spec, operation);
  const parameters: Parameter[] = [...(item!.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: Node) => ({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    secret: parameter.schema?.format === 'password',
    schema: withoutAnnotations(parameter.schema ?? {}),
    ...(parameter.example === undefined ? {} : { example: parameter.example }),
  }));
  // The token is a security scheme in the spec; to the mocks, a required query parameter.
  for (const name of keyNames)
    parameters.push({ name, in: 'query', required: true, secret: true, schema: { type: 'string', minLength: 1 } });

  const examples: Record<string, { status: number; response: string; value: unknown; now?: string }> = {};
  for (const [status, response] of Object.entries<Node>(operation.responses ?? {})) {
    for (const [name, example] of Object.entries<Node>(response.content?.['application/json']?.examples ?? {})) {
      const answered = status === 'default' ? example['x-status'] : Number(status);
      if (!Number.isInteger(answered)) throw new Error(`the default response's example ${name} names no status (x-status)`);
      if (name in examples) throw new Error(`two response examples are named ${name}`);
      examples[name] = {
        status: answered,
        response: status,
        value: example.value,
        ...(example['x-mock-now'] ? { now: example['x-mock-now'] } : {}),
      };
    }
  }

  const testKeys: Record<string, string> = {};
  const confirmKey = parameters.find((parameter) => parameter.in === 'path' && parameter.name === 'ConfirmKey');
  const confirmKeyExamples =
    [...(item!.parameters ?? []), ...(operation.parameters ?? [])].find((parameter: Node) => parameter.name === 'ConfirmKey')?.examples ??
    {};
  for (const [name, example] of Object.entries<Node>(confirmKeyExamples)) {
    if (!(name in examples)) throw new Error(`the ConfirmKey example ${name} pairs with no response example of that name`);
    testKeys[example.value] = name;
  }
  if (confirmKey === undefined) throw new Error('the operation has no ConfirmKey path parameter');

  const success = operation.responses?.['200']?.content?.['application/json']?.schema ?? {};
  return { path, method: method.toUpperCase(), parameters, examples, testKeys, dateTimeFields: dateTimeFields(success) };
}

/** The module's text: the contract's data, and `validateParameters` compiled by Ajv. */
export function mockContractModule(spec: OpenApiDocument): string {
  const contract = mockContract(spec);
  // `unicode: false` counts a minLength in code units, which needs no Ajv
  // runtime import (the module stays standalone); Ajv's notice that the option
  // is deprecated is all its logger would say here.
  const quiet = { log() {}, warn() {}, error: console.error };
  const ajv = new (Ajv as unknown as typeof Ajv.default)({
    allErrors: true,
    strict: true,
    coerceTypes: true,
    unicode: false,
    logger: quiet,
    code: { source: true, esm: true },
  });
  ajv.addFormat('password', true);
  ajv.addSchema({
    $id: 'parameters',
    type: 'object',
    properties: Object.fromEntries(contract.parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: contract.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  });
  const data = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    '// Generated from spec/ by `npm run generate`. Do not edit.',
    standaloneCode.default(ajv, { validateParameters: 'parameters' }),
    `export const uploadTaskPath = ${JSON.stringify(contract.path)};`,
    `export const method = ${JSON.stringify(contract.method)};`,
    `export const parameters = ${data(contract.parameters)};`,
    `export const examples = ${data(contract.examples)};`,
    `export const testKeys = ${data(contract.testKeys)};`,
    `export const dateTimeFields = ${data(contract.dateTimeFields)};`,
    '',
  ].join('\n');
}

export function mockContractTypes(spec: OpenApiDocument): string {
  return `// Generated from spec/ by \`npm run generate\`. Do not edit.
export interface ParameterViolation {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** Checks (and coerces, as a query string is text) the request's parameters, by name. */
export declare const validateParameters: ((values: Record<string, unknown>) => boolean) & { errors?: ParameterViolation[] | null };
export declare const uploadTaskPath: ${JSON.stringify(mockContract(spec).path)};
export declare const method: string;
export interface ContractParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  secret: boolean;
  schema: { type?: string; enum?: unknown[]; pattern?: string; minLength?: number; format?: string };
  example?: unknown;
}
export declare const parameters: ContractParameter[];
/**
 * Every named response example: the status it is answered with, the
 * response it documents (\`200\`, \`default\`), its body, and, for one whose
 * dates move, the moment they were written for.
 */
export declare const examples: Record<string, { status: number; response: string; value: unknown; now?: string }>;
/** ConfirmKey test key → the response example it is answered with. */
export declare const testKeys: Record<string, string>;
/** Where the 200 body holds dates: keys from the body down, \`*\` for every array item. */
export declare const dateTimeFields: string[][];
`;
}

/** The query parameter names of the operation's API-key security schemes. */
function apiKeysInQuery(spec: OpenApiDocument, operation: Node): string[] {
  const requirements: Node[] = operation.security ?? spec.security ?? [];
  const schemes = spec.components?.securitySchemes ?? {};
  return [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))].flatMap((id) => {
    const scheme = schemes[id];
    return scheme?.type === 'apiKey' && scheme.in === 'query' ? [scheme.name as string] : [];
  });
}

function withoutAnnotations(schema: Node): Node {
  const { description, example, examples, ...rest } = schema;
  return rest;
}

/** Every `format: date-time` field under `schema`, as its keys. */
function dateTimeFields(schema: Node, at: string[] = []): string[][] {
  if (schema.format === 'date-time') return [at];
  const fields = Object.entries<Node>(schema.properties ?? {}).flatMap(([name, property]) => dateTimeFields(property, [...at, name]));
  if (schema.items) fields.push(...dateTimeFields(schema.items, [...at, '*']));
  return fields;
}
