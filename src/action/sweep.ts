import type { ScanResult } from '../scan.js';
import { plural } from '../report/common.js';

/** The tracking issue's title, counting what is open. */
export function trackingTitle(result: ScanResult): string {
  const active = result.findings.filter((f) => !f.suppressed);
  const errors = active.filter((f) => f.severity === 'error').length;
  return `hsmlint: ${plural(active.length, 'finding')} in Managed HSM deployments (${plural(errors, 'error')})`;
}
