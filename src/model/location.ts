/**
 * Findings on live resources are located by Azure resource id instead of a file. These helpers tell the
 * two apart and give a person a link to open.
 */
export function isResourceIdLocation(file: string): boolean {
  return /^\/subscriptions\/[^/]+(\/|$)/i.test(file);
}

/** The Azure portal page of a resource. */
export function portalUrl(resourceId: string): string {
  return `https://portal.azure.com/#@/resource${resourceId}`;
}
