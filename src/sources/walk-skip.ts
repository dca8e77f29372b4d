import type { FileReader } from './arm/parameters.js';
import { mayBeArm } from './arm/detect.js';
import { bicepSkipReason } from './bicep/detect.js';
import { IRRELEVANT_FILE, mayMatter, namesAnythingRelevant } from './relevance.js';
import { TFVARS_FILE, TFVARS_REASON } from './terraform/files.js';
import { isTerraformPlan } from './tfplan/detect.js';

/**
 * Why a file found in a folder walk is not read further, decided from its text and the files it links
 * before any parser runs; undefined when its source must read it. Most files of a repository stop here.
 * It depends on nothing but the files, so any thread may decide it (see `engine/triage.ts`).
 * Terraform files have no answer here: a Terraform folder is one module (see `terraform/source.ts`).
 */
export function walkSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  return walkSkipTestFor(file)?.(file, text, context);
}

/** Whether files such as `file` have a walk-skip test: worth deciding before the scan. */
export function hasWalkSkipTest(file: string): boolean {
  return walkSkipTestFor(file) !== undefined;
}

type WalkSkipTest = (file: string, text: string, context: WalkSkipContext) => string | undefined;

function walkSkipTestFor(file: string): WalkSkipTest | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return armSkipReason;
  if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam')) return bicepWalkSkipReason;
  return undefined;
}

export interface WalkSkipContext {
  /** Reads another file of the workspace by display path (linked templates, modules). */
  readFile: FileReader;
  /** Registry and template spec references, and Terraform module sources, mapped to local paths. */
  modules?: Readonly<Record<string, string>>;
}

function armSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  if (TFVARS_FILE.test(file)) return TFVARS_REASON;
  // `terraform show -json` output shares the file ending; it is a Terraform surface of its own.
  if (isTerraformPlan(text)) return namesAnythingRelevant(text) ? undefined : IRRELEVANT_FILE;
  if (!mayBeArm(text)) return 'not an ARM template';
  // Parameters files are read with their template (and are small): only templates are prefiltered.
  if (/deploymentParameters/i.test(text)) return undefined;
  return mayMatter(file, text, context.readFile, context.modules) ? undefined : IRRELEVANT_FILE;
}

/** Bicep files that deploy nothing, then those that deploy nothing that matters. */
function bicepWalkSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  const skip = bicepSkipReason(file, text);
  if (skip) return skip;
  return mayMatter(file, text, context.readFile, context.modules) ? undefined : IRRELEVANT_FILE;
}
