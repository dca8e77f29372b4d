import * as core from '@actions/core';
import { registry } from '../rules/index.js';
import { loadConfig } from './engine/config.js';
import { decideExit, type FailOn } from './engine/exit-policy.js';
import { scan } from './scan.js';

/**
 * The Action: scans the given paths with the repository configuration, annotates findings and fails
 * the step per `fail-on`. Pull request comments, summaries and sweeps build on this.
 */
export async function run(): Promise<void> {
  try {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const paths = core
      .getMultilineInput('paths')
      .flatMap((p) => p.split(/\s+/))
      .filter(Boolean);
    const configFile = core.getInput('config') || undefined;
    const failOn = (core.getInput('fail-on') || 'error') as FailOn;
    const config = loadConfig(registry, { configFile, startDir: cwd });
    const result = scan({ paths: paths.length ? paths : ['.'], cwd, config, registry });
    for (const finding of result.findings) {
      if (finding.suppressed) continue;
      const properties = {
        title: finding.ruleId,
        file: finding.range.file,
        startLine: finding.range.start.line,
        startColumn: finding.range.start.column,
      };
      if (finding.severity === 'error') core.error(finding.message, properties);
      else if (finding.severity === 'warn') core.warning(finding.message, properties);
      else core.notice(finding.message, properties);
    }
    const active = result.findings.filter((f) => !f.suppressed);
    core.setOutput('findings', active.length);
    core.setOutput('errors', active.filter((f) => f.severity === 'error').length);
    core.setOutput('warnings', active.filter((f) => f.severity === 'warn').length);
    const decision = decideExit(result.findings, { failOn, maxWarnings: -1 });
    core.setOutput('conclusion', decision.failed ? 'failure' : 'success');
    if (decision.failed) core.setFailed(`hsmlint: ${decision.reasons.join('; ')}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
