export type { GetUploadTaskInit, SmhClient, SmhClientOptions, UploadTaskRef, UploadTaskResult } from './client.js';
export { createSmhClient } from './client.js';
export { SmhInputError, SmhResponseError } from './errors.js';
export type { PlannedPart, ResumeOptions, ResumePlan } from './resume/index.js';
export { planResume } from './resume/index.js';
export type { components, paths, SmhErrorBody, UploadPart, UploadPartInfo, UploadTask } from './types.js';
export { uploadTaskPath } from './types.js';
export type { UploadTaskValidation, UploadTaskViolation } from './validate.js';
export { validateUploadTask } from './validate.js';
