// Dredd hooks (Dredd 14 loads Node hooks with require(), hence CommonJS).
// Dredd alone cannot test this endpoint honestly: it does not send the bare
// `upload` flag or the token (it ignores security schemes), it checks bodies
// against the first example rather than the schema, and it can test only one
// example per response. These hooks fix each of those, and keep the token out
// of everything Dredd prints. scripts/run-dredd.ts sets the environment.
'use strict';

const hooks = require('hooks');
const { isDeepStrictEqual } = require('node:util');
const { loadSpec, operationOf, responseBodySchema, requiredResponseHeaders, responseExamples, successExamples, testKeys } = require('./response-schema.cjs');

const HOOKS_LOADED = 'smh-dredd-hooks: loaded';
const MASK = '***';
const INVALID_TOKEN = 'dredd-invalid-access-token';
const UNKNOWN_CONFIRM_KEY = 'dredd-unknown-confirm-key';

const env = process.env;
const againstMock = env.SMH_DREDD_MOCK === '1';
const spec = loadSpec();
const keys = testKeys(spec);

/**
 * How each documented response is provoked: which token and task to ask for,
 * and, on the mock, which Prefer header. The mock is asked through its test
 * keys, the way a consumer's code asks it (no mock-only header), except for
 * the `default` response, which no key pairs with. A real server cannot be
 * made to answer 429, 5xx or a gateway error on demand: those are skipped.
 */
function scenario(status, example) {
  const task = (confirmKey, token = env.SMH_ACCESS_TOKEN) => ({ token, confirmKey });
  if (status === '400') return { token: undefined, confirmKey: env.SMH_CONFIRM_KEY }; // no token: 400 EmptyAccessToken, from the service and the mock alike
  if (!againstMock) {
    if (status === '200') return task(env.SMH_CONFIRM_KEY);
    if (status === '403') return task(env.SMH_CONFIRM_KEY, INVALID_TOKEN);
    if (status === '404') return task(UNKNOWN_CONFIRM_KEY);
    return undefined;
  }
  if (status === 'default') {
    const [name] = responseExamples(status, spec);
    return { ...task(env.SMH_CONFIRM_KEY), prefer: `code=${DEFAULT_STATUS}, example=${name}` };
  }
  const name = example ?? responseExamples(status, spec)[0];
  return name && keys[name] ? task(keys[name], status === '403' ? INVALID_TOKEN : env.SMH_ACCESS_TOKEN) : undefined;
}

// What the mock is asked to answer for the `default` response.
const DEFAULT_STATUS = '414';

/** The request target, and the same with the token masked: Dredd prints the latter. */
function requestTarget({ token, confirmKey }) {
  const segments = [env.SMH_LIBRARY_ID, env.SMH_SPACE_ID || '-', confirmKey].map(encodeURIComponent);
  const path = `/api/v1/file/${segments.join('/')}`;
  const query = (tokenText) => {
    let text = 'upload'; // bare, as the vendor documents it
    if (token !== undefined) text += `&access_token=${tokenText}`;
    if (env.SMH_USER_ID) text += `&user_id=${encodeURIComponent(env.SMH_USER_ID)}`;
    return text;
  };
  return { real: `${path}?${query(encodeURIComponent(token ?? ''))}`, shown: `${path}?${query(MASK)}` };
}

/** A schema object that prints as its origin, not as `[object Object]`, in Dredd's failure report. */
function labelled(schema, label) {
  return Object.defineProperty(schema, 'toString', { value: () => label, enumerable: false });
}

hooks.beforeAll((transactions, done) => {
  // Dredd names a `default` response "200"; its transactions come in the
  // spec's order, one per documented response, so position tells them apart.
  const statuses = Object.keys(operationOf(spec).responses);
  if (transactions.length !== statuses.length) throw new Error(`smh-dredd-hooks: expected ${statuses.length} transactions (one per response), got ${transactions.length}`);
  transactions.forEach((transaction, index) => (transaction.responseKey = statuses[index]));
  // On the mock, the 200 transaction becomes one per named example (Dredd's
  // parser keeps only the first); each asks Prism for its example by name.
  // Dredd counts the transactions only after beforeAll, so added ones run.
  if (againstMock) {
    const index = transactions.findIndex((t) => t.responseKey === '200');
    if (index >= 0) {
      const [template] = transactions.splice(index, 1);
      const copies = Object.keys(successExamples(spec)).map((name) => {
        const copy = structuredClone(template);
        copy.name = `${template.name} > example ${name}`;
        copy.example = name;
        copy.responseKey = '200';
        return copy;
      });
      transactions.splice(index, 0, ...copies);
    }
  }
  hooks.log(`${HOOKS_LOADED} (bodies checked against the schemas in generated/openapi.json; target: ${againstMock ? 'mock' : 'server'})`);
  done();
});

hooks.beforeEach((transaction, done) => {
  const status = transaction.responseKey;
  const request = transaction.request;
  const plan = scenario(status, transaction.example);
  if (status === 'default') transaction.expected.statusCode = DEFAULT_STATUS;
  if (!plan) {
    transaction.skip = true;
    request.uri = requestTarget({ token: '', confirmKey: env.SMH_CONFIRM_KEY }).shown;
    transaction.id = `${request.method} (${status}) ${request.uri} [not provokable on demand]`;
    return done();
  }

  // Dredd sends `fullPath` (the server's base path + request.uri) and prints
  // `id` and `request.uri`: only `fullPath` gets the token.
  const { real, shown } = requestTarget(plan);
  const basePath = transaction.fullPath.endsWith(request.uri) ? transaction.fullPath.slice(0, -request.uri.length) : '';
  transaction.fullPath = `${basePath}${real}`;
  request.uri = shown;
  transaction.id = `${request.method} (${status}) ${shown}${transaction.example ? ` [example: ${transaction.example}]` : ''}`;
  if (plan.prefer) request.headers.Prefer = plan.prefer;

  // Judge the body by the real schema alone: with a bodySchema, gavel does
  // not look at an example body, and none is kept to be shown as "expected".
  const schema = responseBodySchema(status, spec);
  if (!schema) throw new Error(`smh-dredd-hooks: the spec has no JSON schema for ${status}`);
  transaction.expected.bodySchema = labelled(schema, `the ${status} response schema of generated/openapi.json (JSON Schema draft-07)`);
  delete transaction.expected.body;
  // Headers: the JSON media type, plus those the spec marks required (a
  // header it merely describes, like X-Request-Id, may be absent).
  transaction.expected.headers = { 'Content-Type': 'application/json' };
  for (const name of requiredResponseHeaders(status, spec)) transaction.expected.headers[name] = '';
  done();
});

hooks.beforeEachValidation((transaction, done) => {
  const real = transaction.real;
  // gavel compares Content-Type byte for byte; `application/json; charset=utf-8` is just as valid.
  const contentType = real.headers['content-type'];
  if (typeof contentType === 'string' && contentType.split(';')[0].trim().toLowerCase() === 'application/json') {
    transaction.expected.headers['Content-Type'] = contentType;
  }
  // On the mock, a 200 proves its example only if Prism really served it.
  if (againstMock && transaction.example && Number(real.statusCode) === 200) {
    const served = safeJson(real.body);
    const wanted = successExamples(spec)[transaction.example];
    if (!isDeepStrictEqual(served, wanted)) transaction.fail = `the mock did not serve example ${transaction.example}`;
  }
  done();
});

hooks.afterEach((transaction, done) => {
  // gavel names a JSON type with `typeof`, so an array where an object belongs
  // reads "Invalid type: object (expected object)"; say "array" instead.
  const test = transaction.test;
  const errors = transaction.results?.fields?.body?.errors ?? [];
  if (test?.message && errors.length) {
    const body = safeJson(transaction.real?.body);
    for (const { location } of errors) {
      const pointer = location?.pointer;
      if (typeof pointer !== 'string' || !Array.isArray(valueAt(body, pointer))) continue;
      test.message = test.message.split(`At '${pointer}' Invalid type: object`).join(`At '${pointer}' Invalid type: array`);
    }
  }
  done();
});

function valueAt(document, pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => (node === null || typeof node !== 'object' ? undefined : node[key]), document);
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
