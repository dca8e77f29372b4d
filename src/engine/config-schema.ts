import type { JsonSchema, RuleRegistry } from './rule.js';

const severity: JsonSchema = { type: 'string', enum: ['off', 'info', 'warn', 'error'] };

/** The configuration file's structure, without the per-rule option schemas. */
export const BASE_CONFIG_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://hsmlint.dev/schema/hsmlint.config.schema.json',
  title: 'hsmlint configuration',
  description: 'Configuration of hsmlint, the Azure Managed HSM deployment linter (hsmlint.config.yaml).',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: {
      description: 'The preset to start from.',
      type: 'string',
      enum: ['recommended', 'strict'],
    },
    unresolved: {
      description: 'Level of findings for checks that could not be decided because a value is unknown.',
      ...severity,
    },
    explainGaps: {
      description: 'Report, as info, checks that a surface cannot express.',
      type: 'boolean',
    },
    rules: {
      description: 'Per-rule severity, or [severity, options].',
      type: 'object',
    },
    ignore: {
      description: 'Glob patterns (relative to the configuration file) of files not to scan.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    parameters: {
      description:
        'Template parameter values for files matching each glob (relative to the configuration file).',
      type: 'object',
      additionalProperties: { type: 'object' },
    },
    modules: {
      description:
        'Modules hsmlint does not download, each mapped to a local copy (relative to the configuration file) that is checked in its place: Bicep registry and template spec references (br:…, br/public:…, ts:…) map to a file, Terraform module sources (registry addresses, git URLs, exactly as written in `source`) map to a folder.',
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
    },
  },
};

/** The published schema: the base plus one entry per rule with its options, for editors. */
export function buildConfigSchema(registry: RuleRegistry): JsonSchema {
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const [id, rule] of [...registry.rules].sort(([a], [b]) => a.localeCompare(b))) {
    ruleProperties[id] = {
      description: rule.meta.docs.description,
      oneOf: [
        severity,
        {
          type: 'array',
          items: [severity, ...rule.meta.schema],
          additionalItems: false,
          minItems: 1,
        },
      ],
    };
  }
  const base = BASE_CONFIG_SCHEMA as { properties: Record<string, JsonSchema> };
  return {
    ...BASE_CONFIG_SCHEMA,
    properties: {
      ...base.properties,
      rules: { ...base.properties.rules, additionalProperties: false, properties: ruleProperties },
    },
  };
}
