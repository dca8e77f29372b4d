/** Kept equal to package.json's version by a test. */
export const PRODUCT_VERSION = '0.1.0';
export const PRODUCT_NAME = 'hsmlint';
export const PRODUCT_URL = 'https://github.com/hsmlint/hsmlint';

export function ruleDocsUrl(ruleId: string): string {
  return `${PRODUCT_URL}/blob/main/docs/rules/${ruleId}.md`;
}
