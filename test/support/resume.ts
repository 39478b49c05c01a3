// The multipart example and the helpers the planResume tests share: tasks
// built from it, the parts of an upload plan, and refusals to check.
import { expect } from 'vitest';
import { type PlannedPart, type ResumePlan, SmhInputError, type UploadTask } from '../../src/index.ts';
import { example } from './spec.ts';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;
export const multipart: UploadTask = example('multipartInProgress');
export const info = multipart.uploadPartInfo!;
// The example's values, written out: the plan must carry them exactly.
export const domain = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';
export const uploadId = '1754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e1';
export const expiration = new Date('2021-07-24T10:34:32.000Z');
/** The default renewal margin: 5 minutes. */
export const margin = 5 * 60_000;
/** The last moment a plan says upload, by the default margin; a millisecond later it says renew. */
export const before = new Date(expiration.getTime() - margin);
export const fileSize = 3 * MiB + 100; // the example's two 1 MiB parts, then part 3 (1 MiB) and part 4 (100 bytes)
export const part = (PartNumber: number, Size: number) => ({ PartNumber, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"e"', Size });
export const withParts = (parts: unknown, changes: Partial<UploadTask> = {}): UploadTask => ({
  ...multipart,
  parts: parts as UploadTask['parts'],
  ...changes,
});
export const withInfo = (changes: Record<string, unknown>, parts: unknown = multipart.parts): UploadTask =>
  withParts(parts, { uploadPartInfo: { ...info, ...changes } as UploadTask['uploadPartInfo'] });
export const url = (partNumber: number) => `https://${domain}/smhxxx/xxx.mp4?partNumber=${partNumber}&uploadId=${uploadId}`;

/** The parts of an upload plan; fails on any other state. */
export function planned(plan: ResumePlan): PlannedPart[] {
  if (plan.state !== 'upload') return expect.unreachable(`planned ${plan.state}, not upload`);
  return plan.parts;
}

/** The SmhInputError `run` throws. */
export function refusal(run: () => unknown): SmhInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SmhInputError);
    return error as SmhInputError;
  }
  return expect.unreachable('planResume did not refuse');
}

/** Expects `run` to throw an SmhInputError naming `parameter`, with exactly this message. */
export function expectRefusal(run: () => unknown, parameter: string, message: string): void {
  const error = refusal(run);
  expect(error.parameter).toBe(parameter);
  expect(error.message).toBe(message);
}
