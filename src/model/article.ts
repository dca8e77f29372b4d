/**
 * The sections of "Secure your Azure Managed HSM deployment", in the article's order. A rule's
 * `docs.recommendation` starts with one of these ids.
 */
export const ARTICLE_SECTIONS = [
  { id: 'network-security', title: 'Network security' },
  { id: 'identity-and-access-management', title: 'Identity and access management' },
  { id: 'data-protection', title: 'Data protection' },
  { id: 'logging-and-monitoring', title: 'Logging and monitoring' },
  { id: 'compliance-and-governance', title: 'Compliance and governance' },
  { id: 'backup-and-recovery', title: 'Backup and recovery' },
  { id: 'service-specific-security', title: 'Service-specific security' },
] as const;

export type ArticleSectionId = (typeof ARTICLE_SECTIONS)[number]['id'];

export const ARTICLE_URL = 'https://learn.microsoft.com/azure/key-vault/managed-hsm/secure-your-managed-hsm';

export function sectionOf(recommendation: string | undefined): (typeof ARTICLE_SECTIONS)[number] | undefined {
  if (!recommendation) return undefined;
  const id = recommendation.split('/')[0];
  return ARTICLE_SECTIONS.find((s) => s.id === id);
}

/** Recommendations no scan can verify; every report lists them as a checklist. */
export const PROCEDURAL_CHECKLIST: ReadonlyArray<{ section: ArticleSectionId; text: string }> = [
  {
    section: 'data-protection',
    text: 'Security domain keys are stored offline, in separate secure locations.',
  },
  {
    section: 'data-protection',
    text: 'Custody of the security domain keys follows written procedures and is reviewed periodically.',
  },
  { section: 'backup-and-recovery', text: 'A disaster-recovery plan exists for the HSM and its keys.' },
  { section: 'backup-and-recovery', text: 'Restores are rehearsed regularly on a non-production HSM.' },
  { section: 'backup-and-recovery', text: 'Full and key-level backups run on a regular schedule.' },
  {
    section: 'service-specific-security',
    text: 'FIPS 140-3 Level 3 validation and single-tenant isolation are properties of the service; nothing to configure.',
  },
];
