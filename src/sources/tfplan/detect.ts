// Recognises plan JSON without the plan reader, so that a folder walk does not load the Terraform source.

/** Whether text (or parsed JSON) is `terraform show -json` output: `format_version` and `terraform_version`. */
export function isTerraformPlan(input: unknown): boolean {
  let value = input;
  if (typeof input === 'string') {
    if (!input.includes('"format_version"') || !input.includes('"terraform_version"')) return false;
    try {
      value = JSON.parse(input);
    } catch {
      return false;
    }
  }
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'format_version' in value &&
    'terraform_version' in value
  );
}
