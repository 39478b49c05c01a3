// What the client returns or throws in place of a value that carries the
// token is a copy that differs from it in the token only: what is no string
// and no object comes back as it is, and so does what carries no token; a
// copy keeps null, numbers, holes and lengths; each object is copied once,
// so what was shared stays shared and a cycle stays a cycle; and a caller
// may change a copy as it could the original.
import { describe, expect, test } from 'vitest';
import { redactDeep } from '../../src/client/redaction.ts';
import { createRedactor } from '../../src/shared/secret-redactor.ts';

const redact = createRedactor(['tok']);

test.each([null, undefined, 0, 42, true, 10n, Symbol('tok')])('%s comes back as it is', (value) => {
  expect(redactDeep(value, redact)).toBe(value);
});

test('a JSON value: its strings redacted, null, numbers and booleans as they were, what carries no token not copied', () => {
  const kept = { a: 'b', list: [1, null] };
  const value = { message: 'see ?t=tok', retry: null, count: 3, ok: false, list: [null, 1, 'tok', { deep: ['x', 'tok'] }], kept };
  const copy = redactDeep(value, redact);
  expect(copy).toStrictEqual({
    message: 'see ?t=[REDACTED]',
    retry: null,
    count: 3,
    ok: false,
    list: [null, 1, '[REDACTED]', { deep: ['x', '[REDACTED]'] }],
    kept,
  });
  expect(copy.kept).toBe(kept);
  expect(value.list[2]).toBe('tok');
});

test('an array comes back as long as it was, with its holes where they were', () => {
  const sparse = (...entries: Array<[number, string]>) => Object.assign(new Array<string>(5), Object.fromEntries(entries));
  expect(redactDeep(sparse([1, 'tok'], [2, 'x']), redact)).toStrictEqual(sparse([1, '[REDACTED]'], [2, 'x']));
});

test('each object is copied once: what was shared stays shared, a cycle stays a cycle', () => {
  const shared = { url: '?t=tok' };
  const value: Record<string, unknown> = { a: shared, b: [shared] };
  value.self = value;
  const copy = redactDeep(value, redact) as { a: unknown; b: unknown[]; self: unknown };
  expect(copy.a).toEqual({ url: '?t=[REDACTED]' });
  expect(copy.b[0]).toBe(copy.a);
  expect(copy.self).toBe(copy);
});

describe('a caller may change a copy as it could the original', () => {
  test('a body: a field set, one deleted, one added', () => {
    const copy = redactDeep({ code: 'E', message: '?t=tok' }, redact) as Record<string, unknown>;
    copy.message = `wrapped: ${copy.message}`;
    delete copy.code;
    copy.extra = 1;
    expect(copy).toEqual({ message: 'wrapped: ?t=[REDACTED]', extra: 1 });
  });

  test('an error: its message rewritten, its stack dropped', () => {
    const copy = redactDeep(Object.assign(new TypeError('cannot reach ?t=tok'), { url: '?t=tok' }), redact);
    copy.message = `upload failed: ${copy.message}`;
    copy.url = 'elsewhere';
    delete copy.stack;
    expect([copy.message, copy.url, Object.hasOwn(copy, 'stack')]).toEqual([
      'upload failed: cannot reach ?t=[REDACTED]',
      'elsewhere',
      false,
    ]);
    expect(copy).toBeInstanceOf(TypeError);
  });
});
