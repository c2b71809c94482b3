import { InputError } from '@backstage/errors';
import { estimateCost } from './cost';
import { chooseDuration } from './duration';
import { chooseCompute } from './rules';
import { DEFAULT_PLACEMENT_SETTINGS, PlacementSettings } from './settings';
import { sizeFor } from './size';
import { PlacementDecision, PlacementInput } from './types';
import { readWorkload } from './workload';

/**
 * Decides where an asset's materialisation runs, how big it is, what it
 * should cost and why. Pure: the same input and settings always give the
 * same decision, in the browser or on the server.
 *
 * @public
 */
export function decidePlacement(
  input: PlacementInput,
  settings: PlacementSettings = DEFAULT_PLACEMENT_SETTINGS,
): PlacementDecision {
  const partitionCount = input.partitionCount ?? 1;
  if (!Number.isInteger(partitionCount) || partitionCount < 1)
    throw new InputError(
      `partitionCount must be a whole number from 1, not ${partitionCount}`,
    );
  const { workload, reasons, defaulted } = readWorkload(input.tags);
  const duration = chooseDuration(
    workload.expectedDurationMinutes,
    input,
    settings,
  );
  const minutes = duration.basis.minutes;
  const choice = chooseCompute(workload, partitionCount, minutes, settings);
  const sized = sizeFor(choice.compute, workload, settings.prices.instances);
  const cost = estimateCost(
    {
      compute: choice.compute,
      spot: choice.spot,
      size: sized.size,
      instance: sized.instance,
      partitionCount,
      parallelism: workload.parallelism,
      minutesPerPartition: minutes,
    },
    settings.prices,
  );
  return {
    compute: choice.compute,
    spot: choice.spot,
    size: sized.size,
    estimatedCostGbp: cost.gbp,
    estimatedMinutes:
      Math.ceil(partitionCount / workload.parallelism) * minutes,
    durationBasis: duration.basis,
    reasons: [
      ...reasons,
      duration.reason,
      ...choice.reasons,
      sized.reason,
      cost.reason,
    ],
    defaulted: defaulted || duration.basis.source === 'default',
  };
}
