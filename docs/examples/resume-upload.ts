import { planResume, type SmhClient, type UploadTaskRef } from 'smh-upload-contract';

/**
 * Resumes a multipart upload: asks for the task's status, sends the parts
 * storage does not have yet, and says what is left to do.
 */
export async function resumeUpload(smh: SmhClient, task: UploadTaskRef, file: Blob, send = fetch) {
  const { data, error, response } = await smh.getUploadTask(task, { signal: AbortSignal.timeout(10_000) });
  if (error) throw new Error(`upload task: ${response.status} ${error.code} (request ${error.requestId})`);

  const plan = planResume(data, { fileSize: file.size });
  // done, unreachable (start over), not-resumable (send the whole file),
  // confirm (POST …/{ConfirmKey}?confirm) or renew (POST …/{ConfirmKey}?renew, then resume again)
  if (plan.state !== 'upload') return plan.state;

  for (const part of plan.parts) {
    const body = file.slice(part.start, part.end);
    const stored = await send(part.url, { method: part.method, headers: part.headers, body });
    if (stored.ok) continue;
    const reason = await stored.text();
    // The part credentials expired on the way: renew, then resume again.
    if (stored.status === 403 || reason.includes('Request has expired')) return 'renew';
    throw new Error(`part ${part.partNumber}: storage answered ${stored.status}`);
  }
  return 'confirm';
}
