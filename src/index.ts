// `smh-upload-contract`: the typed client, the planner, the validator, the
// contract's types. Nothing of the mock or the servers loads from here.
export { createSmhClient, DEFAULT_MAX_BODY_BYTES } from './client/client.js';
export type {
  BeginUploadAnswer,
  BeginUploadRef,
  ConfirmUploadRef,
  GetUploadTaskInit,
  SmhCallInit,
  SmhClient,
  SmhClientOptions,
  SmhResult,
  UploadTaskRef,
  UploadTaskResult,
} from './client/types.js';
export type {
  BeginUploadBody,
  ConfirmUploadBody,
  components,
  paths,
  SmhErrorBody,
  SmhErrorCode,
  UploadedFile,
  UploadPart,
  UploadPartInfo,
  UploadStarted,
  UploadTask,
} from './contract/types.js';
export { operationPaths, uploadTaskPath } from './contract/types.js';
export type { UploadTaskValidation, UploadTaskViolation } from './contract/validate.js';
export { validateUploadTask } from './contract/validate.js';
export { SmhInputError, SmhResponseError } from './errors.js';
export type { PlannedPart, ResumeOptions, ResumePlan } from './resume/plan-resume.js';
export { planResume } from './resume/plan-resume.js';
