export type {
  DurationBasis,
  PlacementCompute,
  PlacementDecision,
  PlacementInput,
  PlacementSize,
} from './types';
export type { InstancePrice, PriceTable } from './prices';
export { DEFAULT_GBP_PER_USD, DEFAULT_PRICES } from './prices';
export type { PlacementSettings } from './settings';
export { DEFAULT_PLACEMENT_SETTINGS, readPlacementSettings } from './settings';
export { decidePlacement } from './decidePlacement';
