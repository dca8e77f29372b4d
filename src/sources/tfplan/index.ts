export {
  configurationAddressOf,
  parseInstanceAddress,
  type InstanceAddress,
  type ModuleStep,
} from './address.js';
export { isTerraformPlan, parsePlan, readPlan, type PlanRead, type ReadPlanOptions } from './plan.js';
