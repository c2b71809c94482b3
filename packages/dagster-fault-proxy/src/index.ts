/**
 * A small fault-injecting HTTP proxy in front of a real Dagster webserver.
 *
 * @packageDocumentation
 */
export { startFaultProxy } from './startFaultProxy';
export type { FaultProxy, FaultProxyOptions } from './startFaultProxy';
export { NO_FAULTS } from './faults';
export type { Faults } from './faults';
