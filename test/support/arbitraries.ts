// fast-check arbitraries for the property tests: IDs and tokens that probe
// every corner of a URL, and upload task bodies generated from the spec's own
// schema (so a change to the spec changes what is generated).
import fc from 'fast-check';

// ---------------------------------------------------------------- IDs, tokens

/** Characters that mean something in a URL, or to a URL parser, or to nobody. */
const urlCharacters = [
  '/',
  '\\',
  '%',
  '?',
  '#',
  '&',
  '=',
  '+',
  ';',
  ':',
  '@',
  '.',
  ' ',
  '~',
  '-',
  '{',
  '}',
  '[',
  ']',
  '|',
  '$',
  "'",
  '"',
  '<',
  '>',
  '`',
  '^',
  '%2F',
  '%2e',
  '%2E%2E',
  '%25',
  '%00',
  '%zz',
  '..',
  './',
  '../',
  'a',
  'Z',
  '0',
  'é',
  'ß',
  'İ',
  'ﬀ',
  '上传',
  '🎬',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u200b',
  'A\u030a',
  '\ufffd',
  '~',
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\ud800',
  '\udfff',
];

/** Cases a caller will hit sooner or later; the generated strings find the rest. */
export const nastyIds = [
  '.',
  '..',
  '...',
  '-',
  '',
  ' ',
  '/',
  '//',
  '%',
  '%2e',
  '%2E%2E',
  '?',
  '#',
  '?upload',
  '#frag',
  '&access_token=x',
  'a/../b',
  './',
  '..%2F',
  '\\..\\',
  'a\u0000b',
  '\u007f',
  'a\u0085b',
  '\u009f',
  '\ud800',
  '\udc00x',
  '\ud83c\udfac',
  'A\u030a',
  'k'.repeat(10_240),
  'é'.repeat(2_000),
  '🎬'.repeat(1_000),
  '.'.repeat(300),
];

/** Any string, weighted towards the characters a URL cares about. */
export function anyString(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: fc.constantFrom(...urlCharacters), maxLength }),
    fc.string({ unit: 'binary', maxLength }), // every code unit, lone surrogates included
    fc.string({ unit: 'grapheme', maxLength }),
  );
}

/** A path ID as a caller might pass it: strings of every kind, the odd non-string. */
export function idArbitrary(options: { long?: boolean } = {}): fc.Arbitrary<unknown> {
  const nasty = options.long ? nastyIds : nastyIds.filter((id) => id.length < 100);
  return fc.oneof(
    { weight: 6, arbitrary: anyString() },
    { weight: 3, arbitrary: fc.constantFrom(...nasty) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(42, null, {}, ['a'], true) },
  );
}

/**
 * A token with characters that need escaping in a query. It carries a marker
 * so that "the token is not in this text" is a meaningful check: a one-letter
 * token is in every error message, a real token (long, random) is in none.
 */
export const tokenArbitrary: fc.Arbitrary<string> = fc
  .tuple(anyString(20), fc.constantFrom('&', '#', '=', '+', '%', '%26', ' ', 'é', '🎬', ''), anyString(20))
  .map(([before, special, after]) => `${before}tkn⁂${special}${after}`);

/** Why the client must refuse `value` as a path segment; undefined if it must send it. */
export function segmentProblem(value: unknown): string | undefined {
  return (
    textProblem(value) ??
    (value === '.' || value === '..' ? 'a dot segment' : hasControl(value as string) ? 'a control character' : undefined)
  );
}

/**
 * Whether `text` has a control character: Unicode's general category Cc
 * (C0, DEL, C1), as Unicode defines it, not as the client's regex does.
 */
function hasControl(text: string): boolean {
  return /\p{Cc}/u.test(text);
}

/** Whether a non-2xx body is an SMH error: an object with a string `code` and a string `message`. */
export function isSmhError(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

/** A non-2xx body as a server (or a broken gateway) may send it: SMH errors, near misses, any JSON. */
export const errorBodyArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      code: fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
      message: fc.oneof({ weight: 4, arbitrary: anyString(20) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
      requestId: fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 0 })),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Why the client must refuse `value` as a query value (a token, a user ID). */
export function textProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'not a string';
  if (value === '') return 'empty';
  if (!value.isWellFormed()) return 'a lone surrogate';
  return undefined;
}

// ---------------------------------------------------------- schema → bodies

export interface Schema {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  /** An open set: the values known today; any other value of the type is allowed too. */
  'x-extensible-enum'?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

/** A value somewhere in a body, with the schema that governs it. */
export interface Field {
  keys: Array<string | number>;
  /** JSON Pointer to the value ('' for the body itself). */
  pointer: string;
  /** The pointer with array indices and map keys as `*`: which field of the schema this is. */
  pattern: string;
  schema: Schema;
  /** A property its object schema lists as required. */
  required: boolean;
}

// Keywords the generator understands. Anything else makes it throw, so a spec
// that gains a constraint (pattern, minLength, oneOf…) cannot be generated
// around silently: teach the generator, then the property holds again.
const understood = new Set([
  'type',
  'nullable',
  'enum',
  'x-extensible-enum',
  'format',
  'minimum',
  'maximum',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'description',
  'example',
]);

const integerFormats: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], // what a JSON number holds exactly
};

/** Generators and readers for schemas with every $ref resolved (test/support/spec.ts dereferences them). */
export function schemaModel() {
  function arbitraryFor(schema: Schema): fc.Arbitrary<unknown> {
    const unknownKeywords = Object.keys(schema).filter((keyword) => !understood.has(keyword));
    if (unknownKeywords.length > 0)
      throw new Error(`the body generator does not understand ${unknownKeywords.join(', ')} (in ${JSON.stringify(schema).slice(0, 120)})`);
    const value = nonNullValueOf(schema);
    return schema.nullable ? fc.option(value, { nil: null, freq: 4 }) : value;
  }

  function nonNullValueOf(schema: Schema): fc.Arbitrary<unknown> {
    if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
    const known = schema['x-extensible-enum'];
    if (known !== undefined) return fc.oneof(fc.constantFrom(...known), nonNullValueOf({ ...schema, 'x-extensible-enum': undefined }));
    switch (schema.type) {
      case 'boolean':
        return fc.boolean();
      case 'string':
        if (schema.format === 'date-time') return dateTime;
        if (schema.format !== undefined) throw new Error(`the body generator does not know string format ${schema.format}`);
        return anyString(12);
      case 'integer':
        return integerIn(schema);
      case 'number':
        return fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
          ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
        });
      case 'array':
        if (schema.items === undefined) throw new Error('an array schema without items');
        return fc.array(arbitraryFor(schema.items), { maxLength: 4 });
      case 'object':
        return objectOf(schema);
      default:
        throw new Error(`the body generator does not know type ${schema.type}`);
    }
  }

  function integerIn(schema: Schema): fc.Arbitrary<number> {
    if (schema.format !== undefined && integerFormats[schema.format] === undefined)
      throw new Error(`the body generator does not know integer format ${schema.format}`);
    const [low, high] = integerFormats[schema.format ?? 'int64']!;
    const min = Math.max(low, schema.minimum ?? low);
    const max = Math.min(high, schema.maximum ?? high);
    return fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number);
  }

  function objectOf(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = schema.required ?? [];
    const listed = fc.record(
      Object.fromEntries([
        ...required.map((name) => [name, fc.jsonValue()] as const),
        ...Object.entries(properties).map(([name, property]) => [name, arbitraryFor(property)] as const),
      ]),
      { requiredKeys: required },
    );
    // Keys not listed: a map's entries, or fields the contract does not know
    // (allowed unless additionalProperties is false).
    const extra = schema.additionalProperties;
    const extraValue = extra === false ? undefined : typeof extra === 'object' ? arbitraryFor(extra) : fc.jsonValue({ maxDepth: 2 });
    const extraKey = propertyName.filter((key) => !Object.hasOwn(properties, key));
    const extras =
      extraValue === undefined
        ? fc.constant([])
        : fc.uniqueArray(fc.tuple(extraKey, extraValue), { maxLength: 3, selector: ([key]) => key });
    // Object.fromEntries defines own properties, so "__proto__" stays a key.
    return fc.tuple(listed, extras).map(([known, more]) => Object.fromEntries([...Object.entries(known), ...more]));
  }

  /** Every value in `body` that the schema governs, the body itself first. */
  function fieldsOf(body: unknown, schema: Schema, keys: Array<string | number> = [], pattern = '', required = false): Field[] {
    const resolved = schema;
    const fields: Field[] = [{ keys, pointer: pointerTo(keys), pattern, schema: resolved, required }];
    if (Array.isArray(body) && resolved.items !== undefined) {
      for (const [index, item] of body.entries()) fields.push(...fieldsOf(item, resolved.items!, [...keys, index], `${pattern}/*`));
    } else if (isObject(body) && resolved.type === 'object') {
      const properties = resolved.properties ?? {};
      for (const key of Object.keys(body)) {
        if (Object.hasOwn(properties, key)) {
          fields.push(
            ...fieldsOf(
              body[key],
              properties[key]!,
              [...keys, key],
              `${pattern}${pointerTo([key])}`,
              resolved.required?.includes(key) ?? false,
            ),
          );
        } else if (typeof resolved.additionalProperties === 'object') {
          fields.push(...fieldsOf(body[key], resolved.additionalProperties, [...keys, key], `${pattern}/*`));
        }
      }
    }
    return fields;
  }

  /** The pattern of every field the schema describes (see Field.pattern). */
  function patternsOf(schema: Schema, pattern = ''): string[] {
    const resolved = schema;
    const children: Array<[string, Schema]> = [
      ...Object.entries(resolved.properties ?? {}).map(([key, child]): [string, Schema] => [`${pattern}${pointerTo([key])}`, child]),
      ...(resolved.items ? [[`${pattern}/*`, resolved.items] as [string, Schema]] : []),
      ...(typeof resolved.additionalProperties === 'object' ? [[`${pattern}/*`, resolved.additionalProperties] as [string, Schema]] : []),
    ];
    return [pattern, ...children.flatMap(([childPattern, child]) => patternsOf(child, childPattern))];
  }

  /** A JSON value of a type the schema does not allow; undefined if it allows any. */
  function otherTypeThan(schema: Schema): fc.Arbitrary<unknown> | undefined {
    const resolved = schema;
    if (resolved.type === undefined) return undefined;
    const allowed = new Set([resolved.type, ...(resolved.type === 'number' ? ['integer'] : []), ...(resolved.nullable ? ['null'] : [])]);
    const others = Object.entries(jsonTypes).filter(([type]) => !allowed.has(type));
    return fc.oneof(...others.map(([, arbitrary]) => arbitrary));
  }

  return {
    bodyOf: (schema: Schema) => arbitraryFor(schema),
    fieldsOf: (body: unknown, schema: Schema) => fieldsOf(body, schema),
    patternsOf: (schema: Schema) => patternsOf(schema),
    otherTypeThan,
  };
}

/** One value of each JSON type; `number` is one that is not an integer. */
const jsonTypes: Record<string, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  integer: fc.oneof(fc.integer(), fc.maxSafeInteger()),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  string: fc.string(),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.array(fc.tuple(fc.string(), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }).map((entries) => Object.fromEntries(entries)),
};

/** Property names, with the ones that trip up code that treats objects as maps. */
const propertyName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'a/b', '~', '~1', 'x-cos-acl', 'Authorization'),
);

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is this month's last day. setUTCFullYear, unlike
  // Date.UTC, takes years 0–99 literally.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** RFC 3339 date-time strings: any real calendar date, any offset, optional fraction, either case of T and Z. */
export const dateTime: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: '' }),
    t: fc.constantFrom('T', 't'),
    offset: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${twoDigits(h)}:${twoDigits(m)}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, t, offset }) => {
    const date = `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(Math.min(day, daysIn(year, month)))}`;
    return `${date}${t}${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}${fraction ? `.${fraction}` : ''}${offset}`;
  });

// ------------------------------------------------------------------ helpers

export function pointerTo(keys: Array<string | number>): string {
  return keys.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A copy of `body` (as JSON carries it) with the value at `keys` removed or
 * replaced. Properties are defined, not assigned, so "__proto__" is a key.
 */
export function changed(body: unknown, keys: Array<string | number>, change: { remove: true } | { value: unknown }): unknown {
  if (keys.length === 0) return 'value' in change ? change.value : undefined;
  const copy = JSON.parse(JSON.stringify(body));
  const parent = keys.slice(0, -1).reduce((node, key) => node[key], copy);
  const last = keys.at(-1)!;
  if ('remove' in change) delete parent[last];
  else Object.defineProperty(parent, last, { value: change.value, enumerable: true, writable: true, configurable: true });
  return copy;
}
