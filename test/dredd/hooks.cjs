// Dredd hooks, keyed by transaction name (Dredd 14 loads Node hooks with
// require(), hence CommonJS). They apply the plan test/dredd/plan.ts wrote
// (SMH_DREDD_PLAN names the file); the token comes only through the
// environment, and goes only where Dredd sends, never where it prints.
'use strict';

const hooks = require('hooks');
const { readFileSync } = require('node:fs');
const { isDeepStrictEqual } = require('node:util');

const { steps, maskedToken } = JSON.parse(readFileSync(process.env.SMH_DREDD_PLAN, 'utf8'));
const token = encodeURIComponent(process.env.SMH_ACCESS_TOKEN ?? '');

hooks.beforeAll((transactions) => {
  // A hook keyed by a name Dredd does not use would silently never run.
  const planned = new Set(steps.map((step) => step.copyOf ?? step.name));
  const named = new Set(transactions.map((transaction) => transaction.name));
  if (!isDeepStrictEqual(planned, named)) {
    for (const transaction of transactions) transaction.fail = `Dredd names ${[...named].join('; ')}; the plan, ${[...planned].join('; ')}`;
    return;
  }
  // Dredd counts the transactions after beforeAll, so copies added here run.
  for (const template of new Set(steps.filter((step) => step.copyOf).map((step) => step.copyOf))) {
    const index = transactions.findIndex((transaction) => transaction.name === template);
    const copies = steps.filter((step) => step.copyOf === template).map(({ name }) => ({ ...structuredClone(transactions[index]), name }));
    transactions.splice(index, 1, ...copies);
  }
});

for (const step of steps) {
  hooks.before(step.name, (transaction) => {
    transaction.id = step.name; // what Dredd prints, and names the result by in the xunit report
    if (step.skip) {
      transaction.skip = true;
      return;
    }
    hooks.log(`GET ${step.uri}${step.prefer ? ` (Prefer: ${step.prefer})` : ''}`);
    const { request, expected } = transaction;
    // Dredd sends `fullPath` (the server's base path, then request.uri) and prints request.uri.
    const basePath = transaction.fullPath.slice(0, transaction.fullPath.length - request.uri.length);
    transaction.fullPath = basePath + step.uri.replace(maskedToken, `access_token=${token}`);
    request.uri = step.uri;
    if (step.prefer) request.headers.Prefer = step.prefer;
    // With a schema and no example body, gavel judges the body by the schema alone; a report prints where it comes from.
    const origin = `the ${step.response} response schema of generated/openapi.json, as JSON Schema`;
    expected.bodySchema = Object.defineProperty(step.bodySchema, 'toString', { value: () => origin });
    delete expected.body;
    expected.headers = step.headers;
  });

  if (step.served !== undefined) {
    hooks.beforeValidation(step.name, (transaction) => {
      const { statusCode, body } = transaction.real;
      if (Number(statusCode) === 200 && !isDeepStrictEqual(undated(parsed(body)), undated(step.served))) {
        transaction.fail = `the mock did not serve example ${step.example}`;
      }
    });
  }
}

hooks.beforeEachValidation((transaction) => {
  // gavel compares Content-Type byte for byte; `application/json; charset=utf-8` is JSON all the same.
  const contentType = transaction.real.headers['content-type'];
  if (/^application\/json\s*(;|$)/i.test(contentType ?? '')) transaction.expected.headers['Content-Type'] = contentType;
});

hooks.afterEach((transaction) => {
  // gavel names a JSON type with `typeof`: an array where an object belongs reads "Invalid type: object".
  const body = parsed(transaction.real?.body);
  for (const { location } of transaction.results?.fields?.body?.errors ?? []) {
    const value = (location?.property ?? []).reduce((node, key) => (node !== null && typeof node === 'object' ? node[key] : null), body);
    if (!Array.isArray(value) || !transaction.test?.message) continue;
    const [wrong, right] = ['object', 'array'].map((type) => `At '${location.pointer}' Invalid type: ${type}`);
    transaction.test.message = transaction.test.message.split(wrong).join(right);
  }
});

// The mock moves the dates of an example written for a moment of its own: any date-time matches any other.
const isDateTime = (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value);
const undated = (body) => JSON.parse(JSON.stringify(body ?? null), (_key, value) => (isDateTime(value) ? 'a date-time' : value));

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
