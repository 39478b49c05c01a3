export { type PlannedPart, planResume, type ResumeOptions, type ResumePlan } from './plan.js';
