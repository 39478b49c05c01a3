// The simulator's own routes, under /__smh-mock/ (docs/mocks.md): JSON in,
// JSON out; what is wrong is a 400 problem naming it, a route that is not
// one a 404 listing those that are.
import { describe, expect, test } from 'vitest';
import { simulatorWorld } from '../support/simulator.ts';

const MiB = 1024 * 1024;
const ROUTES =
  "the simulator's routes are POST reset, GET and POST clock, POST tasks, GET tasks/{confirmKey}, POST tasks/{confirmKey}/faults";

function world() {
  const { simulator, fetch, smh } = simulatorWorld();
  const route = (path: string, method = 'GET', body?: unknown) =>
    fetch(`https://api.smh.test/__smh-mock/${path}`, {
      method,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return { simulator, smh, route };
}

const problem = (status: number, type: string, title: string, detail: string) => ({
  type: `https://stoplight.io/prism/errors#${type}`,
  title,
  status,
  detail,
});
const badRequest = (detail: string) => problem(400, 'BAD_REQUEST', 'Bad request', detail);
const answered = async (response: Response) => [response.status, response.headers.get('content-type'), await response.json()];

describe("the simulator's routes", () => {
  test('reset, the clock, a seeded task read back, a fault plan, as JSON', async () => {
    const { route, smh, simulator } = world();
    const clock = await route('clock', 'POST', { now: '2030-01-01T00:00:00Z' });
    expect(await answered(clock)).toEqual([200, 'application/json', { now: expect.stringMatching(/^2030-01-01T00:00:0\d\.\d{3}Z$/) }]);
    const moved = await (await route('clock', 'POST', { advanceMs: 60_000 })).json();
    expect(moved.now >= '2030-01-01T00:01:00' && moved.now < '2030-01-01T00:01:10').toBe(true);
    expect(await answered(await route('clock'))).toEqual([200, 'application/json', { now: expect.stringMatching(/^2030-01-01T00:01:/) }]);
    const seeded = await route('tasks', 'POST', { filePath: 'a.mp4', fileSize: 3 * MiB, storedParts: [1], confirmKey: 'routed' });
    const [status, type, task] = await answered(seeded);
    expect([status, type, task]).toEqual([201, 'application/json', JSON.parse(JSON.stringify(simulator.task('routed')))]);
    expect(await answered(await route('tasks/routed'))).toEqual([200, 'application/json', task]);
    const faults = await route('tasks/routed/faults', 'POST', { faults: [{ call: 'getUploadTask', fault: 'RateLimitExceeded' }] });
    expect(await answered(faults)).toEqual([200, 'application/json', { ...task, pendingFaults: 1 }]);
    expect((await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'routed' })).response.status).toBe(429);
    const reset = await route('reset', 'POST');
    expect([reset.status, await reset.text()]).toEqual([204, '']);
    expect(simulator.task('routed')).toBeUndefined();
    expect(Math.abs(simulator.clock.now() - Date.now())).toBeLessThan(1_000);
  });

  test('a key written with escapes is read decoded; a plan with no body adds no fault', async () => {
    const { route, simulator } = world();
    simulator.seedTask({ filePath: 'a', confirmKey: 'a~b' });
    expect((await (await route('tasks/a%7Eb')).json()).confirmKey).toBe('a~b');
    expect(await answered(await route('tasks/a%7Eb/faults', 'POST'))).toEqual([
      200,
      'application/json',
      expect.objectContaining({ pendingFaults: 0 }),
    ]);
  });

  test('a task there is none of: 404, naming the key', async () => {
    const { route } = world();
    expect(await answered(await route('tasks/none'))).toEqual([
      404,
      'application/problem+json',
      problem(404, 'NOT_FOUND', 'No such task', 'the simulator has no task none'),
    ]);
  });

  test.each([
    ['GET', 'nothing'],
    ['GET', 'reset'],
    ['POST', 'tasks/routed'],
    ['GET', 'tasks/routed/faults'],
    ['GET', 'tasks/routed/extra'],
    ['GET', 'x/tasks/routed'],
    ['DELETE', 'tasks/routed'],
    ['GET', 'tasks'],
  ])('%s %s is no route: 404, listing those there are', async (method, path) => {
    const { route, simulator } = world();
    simulator.seedTask({ filePath: 'a', confirmKey: 'routed' });
    expect(await answered(await route(path, method))).toEqual([
      404,
      'application/problem+json',
      problem(404, 'NOT_FOUND', 'No such route', ROUTES),
    ]);
  });

  test.each([
    ['tasks', 'POST', { filePath: '' }, 'filePath must be directories and a name joined by "/"'],
    ['tasks', 'POST', 'not json', 'the request body must be a JSON object'],
    ['clock', 'POST', undefined, 'give advanceMs (milliseconds) or now (a date-time)'],
    ['clock', 'POST', {}, 'give advanceMs (milliseconds) or now (a date-time)'],
    ['clock', 'POST', { now: 5 }, 'give advanceMs (milliseconds) or now (a date-time)'],
    ['clock', 'POST', { now: 'not a date' }, 'clock.set: the moment must be a valid Date or epoch milliseconds'],
    ['clock', 'POST', { advanceMs: 'soon' }, 'clock.advance: ms must be a finite number, got NaN'],
    [
      'tasks/routed/faults',
      'POST',
      { faults: [{ call: 'storage', fault: 'slow' }] },
      'a storage fault is "expired", "denied", "drop", 500 or 503',
    ],
    ['tasks/none/faults', 'POST', { faults: [] }, 'no task none'],
    ['tasks/%/faults', 'POST', { faults: [] }, 'URI malformed'],
  ])('%s %s with %j: 400, naming what is wrong', refusedWith);

  // Named apart: a test's name holding the 65 KiB body would be that long in every report.
  test('tasks POST with a body over 65536 bytes: 400, naming what is wrong', () =>
    refusedWith('tasks', 'POST', JSON.stringify({ filePath: 'x'.repeat(65 * 1024) }), 'the request body is over 65536 bytes'));

  /** A control request refused with 400 and `detail`, leaving the task, its faults and the clock as they were. */
  async function refusedWith(path: string, method: string, body: unknown, detail: string) {
    const { route, simulator } = world();
    simulator.seedTask({ filePath: 'a', confirmKey: 'routed' });
    const before = simulator.clock.now();
    expect(await answered(await route(path, method, body))).toEqual([400, 'application/problem+json', badRequest(detail)]);
    expect(simulator.task('routed')?.pendingFaults).toBe(0);
    expect(Math.abs(simulator.clock.now() - before)).toBeLessThan(1_000);
  }
});
