// `smh-upload-contract/mock`: the mock in process (createMockFetch), with no
// Node built-in, so that it bundles for a browser too. The HTTP mock is
// `smh-upload-contract/mock/server`; the MSW handlers `smh-upload-contract/msw`.
import type { Log, LogEntry, LogLevel } from '../server/request-log.js';

export type { Answer as MockAnswer, ServedRequest as MockRequest } from '../server/answers.js';
export type { MockOptions } from './engine.js';
export { IN_PROCESS_STORAGE_HOST } from './engine.js';
export { createMockFetch, type MockFetch } from './fetch.js';
export {
  CONTROL_PREFIX,
  createSimulator,
  type Fault,
  type SimulatedTask,
  type Simulator,
  type SimulatorClock,
  type SimulatorOptions,
  type TaskSeed,
} from './simulator/simulator.js';
export { type TestKey, type TestKeyEntry, testKeys } from './test-keys.js';
/** The log's names before 0.3.0. */
export type { Log, Log as MockLog, LogEntry, LogEntry as MockLogEntry, LogLevel, LogLevel as MockLogLevel };
