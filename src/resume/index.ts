export { planResume, type PlannedPart, type ResumeOptions, type ResumePlan } from './plan.js';
