import type { LawfulBasis, ProjectClassification } from '../schema';

/**
 * Government Security Classifications a project on this platform may hold
 * (the contract's ProjectClassification). OFFICIAL-SENSITIVE is a handling
 * caveat on OFFICIAL, not a separate level.
 *
 * @public
 */
export const PROJECT_CLASSIFICATIONS: readonly ProjectClassification[] = [
  'OFFICIAL',
  'OFFICIAL-SENSITIVE',
];

/**
 * UK GDPR Article 6 lawful bases, as stored in the registry (the contract's LawfulBasis).
 *
 * @public
 */
export const LAWFUL_BASES: readonly LawfulBasis[] = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
];

/**
 * Why a classification cannot be used on this platform, or undefined when it can.
 *
 * @public
 */
export function classificationRefusal(value: string): string | undefined {
  if ((PROJECT_CLASSIFICATIONS as readonly string[]).includes(value)) {
    return undefined;
  }
  const level = value.trim().toUpperCase();
  if (level === 'SECRET' || level === 'TOP SECRET' || level === 'TOP-SECRET') {
    return `${level} data needs an accredited system; this platform runs on public cloud and holds OFFICIAL data only (OFFICIAL or OFFICIAL-SENSITIVE)`;
  }
  return `unknown classification "${value}"; use OFFICIAL or OFFICIAL-SENSITIVE`;
}
