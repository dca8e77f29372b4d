import type { Finding, Severity } from '../../src/model/finding.js';
import type { SourceRange } from '../../src/model/range.js';
import { ruleDocsUrl } from '../../src/model/product.js';
import type { RuleSummary, ScanResult } from '../../src/scan.js';

/** Hand-built scan results for the reporter tests. */

export const CWD = '/work/project dir';

export function range(
  file: string,
  line: number,
  column = 1,
  endLine = line,
  endColumn = column + 4,
): SourceRange {
  return { file, start: { line, column }, end: { line: endLine, column: endColumn } };
}

export function finding(
  ruleId: string,
  severity: Severity,
  message: string,
  at: SourceRange,
  extra: Partial<Finding> = {},
): Finding {
  return { ruleId, severity, message, range: at, ...extra };
}

export const RULES: RuleSummary[] = [
  {
    id: 'network-default-deny',
    description: 'Managed HSM firewalls deny by default.',
    recommendation: 'network-security/firewall-default-deny',
    helpUri: ruleDocsUrl('network-default-deny'),
    severity: 'warn',
  },
  {
    id: 'public-network-access',
    description: 'Managed HSMs disable public network access.',
    recommendation: 'network-security/public-network-access',
    helpUri: ruleDocsUrl('public-network-access'),
    severity: 'warn',
  },
  {
    id: 'purge-protection',
    description: 'Managed HSMs have purge protection enabled.',
    recommendation: 'data-protection/purge-protection',
    policy: ['c39ba22d-4428-4149-b981-70acb31fc383'],
    helpUri: ruleDocsUrl('purge-protection'),
    severity: 'error',
  },
  { id: 'parse-error', description: 'A file could not be read or parsed.' },
  { id: 'unresolved', description: 'A rule could not decide because a value cannot be evaluated.' },
  { id: 'suppression-no-reason', description: 'A suppression gives no reason.' },
  { id: 'internal-error', description: 'A rule failed while checking a resource.' },
];

const HSM = { key: 'arm:main.json#resources[0]', type: 'Microsoft.KeyVault/managedHSMs', name: 'hsm-prod' };
const HSM2 = {
  key: 'arm:nested/kv.json#resources[0]',
  type: 'Microsoft.KeyVault/managedHSMs',
  name: 'hsm-dev',
};

/**
 * Errors, warnings, infos, a suppressed finding, a parse error (in a file that is not in `files`),
 * a conditional finding, a parameter finding and an engine finding without a resource.
 * Unsuppressed: 2 errors, 2 warnings, 1 info; 1 suppressed.
 */
export function sampleFindings(): Finding[] {
  return [
    finding('parse-error', 'error', 'Unexpected token } at line 3.', range('broken.json', 3, 7), {
      surface: 'arm',
    }),
    finding(
      'purge-protection',
      'error',
      "Managed HSM 'hsm-prod' has purge protection disabled (enablePurgeProtection is false).",
      range('main.json', 12, 9, 12, 38),
      {
        messageId: 'disabled',
        surface: 'arm',
        resource: { ...HSM },
        recommendation: 'data-protection/purge-protection',
      },
    ),
    finding(
      'public-network-access',
      'warn',
      "Managed HSM 'hsm-prod' allows public network access. The value is the default of parameter 'publicAccess'; a deployment can override it. (The resource is deployed only when [parameters('deployHsm')].)",
      range('main.json', 20, 11),
      {
        messageId: 'enabled',
        surface: 'arm',
        resource: { ...HSM },
        recommendation: 'network-security/public-network-access',
        conditional: "[parameters('deployHsm')]",
        parameter: 'publicAccess',
      },
    ),
    finding(
      'unresolved',
      'info',
      "Could not verify 'network-default-deny' on Microsoft.KeyVault/managedHSMs 'hsm-prod': properties.networkAcls.defaultAction is [variables('x')], which cannot be evaluated here.",
      range('main.json', 30, 5),
      {
        surface: 'arm',
        resource: { ...HSM },
        relatedRule: 'network-default-deny',
        recommendation: 'network-security/firewall-default-deny',
      },
    ),
    finding(
      'suppression-no-reason',
      'warn',
      "hsmlint-disable-next-line needs a reason after ' -- '; it suppresses nothing until it has one.",
      range('nested/kv.json', 2, 3),
    ),
    finding(
      'network-default-deny',
      'warn',
      "Managed HSM 'hsm-dev' allows traffic by default (networkAcls.defaultAction is Allow).",
      range('nested/kv.json', 9, 7),
      {
        messageId: 'allow',
        surface: 'arm',
        resource: { ...HSM2 },
        recommendation: 'network-security/firewall-default-deny',
        suppressed: {
          kind: 'directive',
          reason: 'Dev HSM behind a private endpoint; see ADR-12.',
          range: range('nested/kv.json', 8, 3),
        },
      },
    ),
  ];
}

export function sampleResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    cwd: CWD,
    files: [
      { file: 'main.json', surface: 'arm', resources: 2 },
      { file: 'nested/kv.json', surface: 'arm', resources: 1 },
      { file: 'clean.json', surface: 'arm', resources: 1 },
    ],
    skipped: [{ path: 'package.json', reason: 'not an ARM template' }],
    missing: [],
    findings: sampleFindings(),
    rules: RULES.map((r) => ({ ...r })),
    resourceCount: 4,
    suppressions: [],
    related: {},
    ...overrides,
  };
}

export function emptyResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    cwd: CWD,
    files: [{ file: 'main.json', surface: 'arm', resources: 1 }],
    skipped: [],
    missing: [],
    findings: [],
    rules: RULES.map((r) => ({ ...r })),
    resourceCount: 1,
    suppressions: [],
    related: {},
    ...overrides,
  };
}

/** The same result with every finding moved down by `by` lines, as after an edit above them. */
export function shiftLines(result: ScanResult, by: number): ScanResult {
  const move = (r: SourceRange): SourceRange => ({
    file: r.file,
    start: { line: r.start.line + by, column: r.start.column },
    end: { line: r.end.line + by, column: r.end.column },
  });
  return {
    ...result,
    findings: result.findings.map((f) => ({
      ...f,
      range: move(f.range),
      ...(f.suppressed ? { suppressed: { ...f.suppressed, range: move(f.suppressed.range) } } : {}),
    })),
  };
}

// eslint-disable-next-line no-control-regex
export const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}
