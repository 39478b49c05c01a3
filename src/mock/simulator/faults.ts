// A task's fault plan: what its next calls and part uploads meet instead of
// their answer, each fault used once, in the order given: "fail part 3 once
// with an expired credential, then answer the status once with
// RateLimitExceeded".

/** A fault on a call of the service: the connection dropped, or an SMH error answered by its code (`RateLimitExceeded`). */
export interface CallFault {
  call: 'getUploadTask' | 'renewUpload' | 'confirmUpload' | 'cancelUpload';
  fault: 'drop' | string;
}

/**
 * A fault on a `PUT` to object storage (a part, or a simple upload's body):
 * credentials taken as expired or refused (403), a 500 or 503, or the
 * connection dropped. `partNumber` narrows it to one part.
 */
export interface StorageFault {
  call: 'storage';
  partNumber?: number;
  fault: 'expired' | 'denied' | 'drop' | 500 | 503;
}

export type Fault = CallFault | StorageFault;

const CALLS = new Set(['getUploadTask', 'renewUpload', 'confirmUpload', 'cancelUpload']);
const STORAGE_FAULTS = new Set(['expired', 'denied', 'drop', 500, 503]);
/** The most faults one task's plan holds. */
export const MAX_FAULTS = 100;

/** A fault as given, checked: what is wrong with it, if anything (`knownCode` says whether a call documents an error code). */
export function faultProblem(fault: unknown, knownCode: (call: string, code: string) => boolean): string | undefined {
  if (fault === null || typeof fault !== 'object') return 'a fault is an object with call and fault';
  const { call, fault: kind, partNumber } = fault as Record<string, unknown>;
  if (call === 'storage') {
    if (!STORAGE_FAULTS.has(kind as string)) return 'a storage fault is "expired", "denied", "drop", 500 or 503';
    if (partNumber !== undefined && !(Number.isInteger(partNumber) && (partNumber as number) >= 1 && (partNumber as number) <= 10_000))
      return 'partNumber is an integer from 1 to 10000';
    return undefined;
  }
  if (!CALLS.has(call as string)) return 'call is "storage", "getUploadTask", "renewUpload", "confirmUpload" or "cancelUpload"';
  if (kind === 'drop') return undefined;
  if (typeof kind !== 'string' || !knownCode(call as string, kind)) return `${String(kind)} is no error ${String(call)} documents`;
  return undefined;
}

/** Takes the first fault in `plan` that `matches`, if any. */
export function takeFault<T extends Fault>(plan: Fault[], matches: (fault: Fault) => fault is T): T | undefined {
  const index = plan.findIndex(matches);
  return index === -1 ? undefined : (plan.splice(index, 1)[0] as T);
}
