import { printable } from '../printable';
import {
  COMPUTE_PROFILES,
  COMPUTE_TAGS,
  ComputeProfile,
  STATELESS_TAG,
} from '../project/computeProfiles';
import { PlacementInput } from './types';

/**
 * The workload the rules decide on: every setting filled. The expected
 * duration stays undefined when nothing declared it; recorded runs or the
 * default then decide.
 */
export interface Workload {
  profile?: string;
  expectedDurationMinutes?: number;
  memoryMib: number;
  parallelism: number;
  gpu: boolean;
  safeToRetry: boolean;
  stateless: boolean;
}

/**
 * What an asset that declares nothing gets: one container at a time, 4 GiB,
 * never retried on Spot, never on Lambda (whose hard limits would stop it).
 */
export const SAFE_DEFAULT = {
  memoryMib: 4_096,
  parallelism: 1,
  gpu: false,
  safeToRetry: false,
} as const;

type Setting = keyof typeof SAFE_DEFAULT;

const DEFAULT_IN_WORDS: Record<Setting, string> = {
  memoryMib: 'memory 4,096 MiB',
  parallelism: 'parallelism 1',
  gpu: 'no GPU',
  safeToRetry: 'not safe to retry',
};

function tagMap(tags: PlacementInput['tags']): Map<string, string> {
  if (!tags) return new Map();
  if (Array.isArray(tags)) return new Map(tags.map(t => [t.key, t.value]));
  return new Map(Object.entries(tags));
}

const wholeAboveZero = (v: string) =>
  /^\s*\d+\s*$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
const aboveZero = (v: string) =>
  /^\s*\d+(\.\d+)?\s*$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
const yesNo = (v: string) => {
  const word = v.trim().toLowerCase();
  if (word === 'true') return true;
  return word === 'false' ? false : undefined;
};

/**
 * The asset's workload from its tags: a tag wins, then the tagged profile's
 * value, then the safe default. Values that cannot be read are ignored and
 * said so; `defaulted` tells whether any safe default was used.
 */
export function readWorkload(tags: PlacementInput['tags']): {
  workload: Workload;
  reasons: string[];
  defaulted: boolean;
} {
  const map = tagMap(tags);
  const reasons: string[] = [];
  const read = <T>(
    key: string,
    parse: (v: string) => T | undefined,
    rule: string,
  ): T | undefined => {
    const raw = map.get(key);
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === undefined)
      reasons.push(`${key} "${printable(raw, 40)}" is not ${rule}: ignored.`);
    return value;
  };
  const yesOrNo = '"true" or "false"';
  const declared = {
    expectedDurationMinutes: read(
      COMPUTE_TAGS.expectedDurationMinutes,
      aboveZero,
      'a number of minutes above 0',
    ),
    memoryMib: read(
      COMPUTE_TAGS.memoryMib,
      wholeAboveZero,
      'a whole number of MiB above 0',
    ),
    parallelism: read(
      COMPUTE_TAGS.parallelism,
      wholeAboveZero,
      'a whole number above 0',
    ),
    gpu: read(COMPUTE_TAGS.gpu, yesNo, yesOrNo),
    safeToRetry: read(COMPUTE_TAGS.safeToRetry, yesNo, yesOrNo),
    stateless: read(STATELESS_TAG, yesNo, yesOrNo),
  };

  const profileName = map.get(COMPUTE_TAGS.profile);
  const profile: ComputeProfile | undefined =
    profileName === undefined
      ? undefined
      : (COMPUTE_PROFILES as Record<string, ComputeProfile>)[profileName];
  if (profileName !== undefined && !profile)
    reasons.push(
      `Unknown compute profile "${printable(profileName, 40)}": ignored.`,
    );

  const anyTag = Object.values(COMPUTE_TAGS).some(key => map.has(key));
  if (!anyTag)
    reasons.push(
      'The asset has no compute tags (platform/*): the safe default is used (4,096 MiB, one at a time, not safe to retry, so no Spot).',
    );

  const defaulted: Setting[] = [];
  const pick = <K extends Setting>(setting: K) => {
    const value = declared[setting] ?? profile?.[setting];
    if (value !== undefined) return value;
    defaulted.push(setting);
    return SAFE_DEFAULT[setting];
  };
  const workload: Workload = {
    profile: profile ? profileName : undefined,
    expectedDurationMinutes:
      declared.expectedDurationMinutes ?? profile?.expectedDurationMinutes,
    memoryMib: pick('memoryMib'),
    parallelism: pick('parallelism'),
    gpu: pick('gpu'),
    safeToRetry: pick('safeToRetry'),
    stateless: declared.stateless ?? false,
  };
  if (anyTag && defaulted.length > 0)
    reasons.push(
      `Not declared, so the safe default is used: ${defaulted
        .map(s => DEFAULT_IN_WORDS[s])
        .join(', ')}.`,
    );
  return { workload, reasons, defaulted: defaulted.length > 0 };
}
