export {
  configurationAddressOf,
  parseInstanceAddress,
  type InstanceAddress,
  type ModuleStep,
} from './address.js';
export { isTerraformPlan } from './detect.js';
export { parsePlan, readPlan, type PlanRead, type ReadPlanOptions } from './plan.js';
