import { planResume, type SmhClient, type UploadTaskRef } from 'smh-upload-contract';

export interface UploadOptions {
  /** Every part but the last: 1 MiB to 5 GiB. */
  partSize: number;
  /** The fetch that reaches object storage (a mock's own, in a test). */
  send?: typeof fetch;
  /** `http:` for a mock over plain HTTP (`npm start`); storage is HTTPS otherwise. */
  protocol?: 'https:' | 'http:';
  /** The moment credentials are judged by (a mock's clock, in a test). */
  now?: () => Date;
}

/** Begins a multipart upload of `file` to `filePath`, then sends it all. */
export async function uploadFile(smh: SmhClient, libraryId: string, filePath: string, file: Blob, options: UploadOptions) {
  const begun = await smh.beginMultipartUpload({ libraryId, filePath, fileSize: file.size });
  if (begun.error) throw new Error(`begin: ${begun.response.status} ${begun.error.code}`);
  if (begun.data.state !== 'started') throw new Error(`begin: ${begun.data.state}`);
  return resumeUpload(smh, { libraryId, confirmKey: begun.data.upload.confirmKey }, file, options);
}

/**
 * Sends what storage does not have yet, from the task's status alone:
 * status → plan → PUT the missing parts → renew when told → confirm.
 */
export async function resumeUpload(smh: SmhClient, task: UploadTaskRef, file: Blob, options: UploadOptions) {
  const { partSize, send = fetch, protocol, now = () => new Date() } = options;
  for (let round = 1; round <= 10; round++) {
    const status = await smh.getUploadTask(task, { signal: AbortSignal.timeout(10_000) });
    if (status.error) throw new Error(`status: ${status.response.status} ${status.error.code}`);
    const plan = planResume(status.data, { fileSize: file.size, partSize, protocol, now: now() });
    if (plan.state === 'confirm') {
      const confirmed = await smh.confirmUpload(task);
      if (confirmed.error) throw new Error(`confirm: ${confirmed.response.status} ${confirmed.error.code}`);
      return confirmed.data; // the stored file
    }
    if (plan.state === 'renew') {
      const renewed = await smh.renewUpload(task);
      if (renewed.error) throw new Error(`renew: ${renewed.response.status} ${renewed.error.code}`);
      continue;
    }
    // done, unreachable (the directory was deleted), not-resumable (a simple upload): begin again.
    if (plan.state !== 'upload') throw new Error(`cannot resume: ${plan.state}`);
    for (const part of plan.parts) {
      const stored = await send(part.url, { method: part.method, headers: part.headers, body: file.slice(part.start, part.end) });
      // 403, "Request has expired": the credentials went stale on the way. Renew, then plan again from the status.
      if (stored.status === 403) {
        const renewed = await smh.renewUpload(task);
        if (renewed.error) throw new Error(`renew: ${renewed.response.status} ${renewed.error.code}`);
        break;
      }
      if (!stored.ok) throw new Error(`part ${part.partNumber}: storage answered ${stored.status}`);
    }
  }
  throw new Error('the upload did not finish in 10 rounds');
}
