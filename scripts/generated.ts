import { registry, RULES } from '../rules/index.js';
import { PRESETS } from '../rules/presets.js';
import { buildConfigSchema } from '../src/engine/config-schema.js';
import { sectionOf } from '../src/model/article.js';

export const RULE_TABLE_START = '<!-- rule-table:start (generated from rule meta by `npm run generate`) -->';
export const RULE_TABLE_END = '<!-- rule-table:end -->';

/** The published configuration schema, as committed in schema/. */
export function configSchemaText(): string {
  return `${JSON.stringify(buildConfigSchema(registry), null, 2)}\n`;
}

const SURFACE_LABELS: Record<string, string> = {
  arm: 'ARM',
  bicep: 'Bicep',
  terraform: 'Terraform',
  tfplan: 'plan JSON',
  live: 'live',
};

function severityOf(setting: unknown): string {
  return Array.isArray(setting) ? String(setting[0]) : String(setting ?? 'off');
}

/** The README's rule table, one row per rule in catalog order. */
export function ruleTable(): string {
  const rows = RULES.map((rule) => {
    const { id, docs, surfaces } = rule.meta;
    const section = sectionOf(docs.recommendation)?.title ?? '';
    const policy = (docs.policy ?? []).map((p) => p.slice(0, 8)).join(', ') || '—';
    return `| [\`${id}\`](docs/rules/${id}.md) | ${docs.description} | ${section} | ${surfaces.map((s) => SURFACE_LABELS[s]).join(', ')} | ${severityOf(PRESETS.recommended[id])} | ${severityOf(PRESETS.strict[id])} | ${policy} |`;
  });
  return [
    RULE_TABLE_START,
    '| Rule | Checks | Article section | Surfaces | recommended | strict | Azure Policy |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    RULE_TABLE_END,
  ].join('\n');
}

/** Replaces the generated table in a README text. */
export function withRuleTable(readme: string): string {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < 0) throw new Error('README.md has no rule-table markers.');
  return readme.slice(0, start) + ruleTable() + readme.slice(end + RULE_TABLE_END.length);
}
