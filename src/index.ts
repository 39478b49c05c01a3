export { createSmhClient } from './client.js';
export type { GetUploadTaskInit, SmhClient, SmhClientOptions, UploadTaskRef, UploadTaskResult } from './client.js';
export { SmhInputError, SmhResponseError } from './errors.js';
export { validateUploadTask } from './validate.js';
export type { UploadTaskValidation, UploadTaskViolation } from './validate.js';
export type { components, paths, SmhErrorBody, UploadPart, UploadPartInfo, UploadTask } from './types.js';
export { uploadTaskPath } from './types.js';
export { planResume } from './resume/index.js';
export type { PlannedPart, ResumeOptions, ResumePlan } from './resume/index.js';
