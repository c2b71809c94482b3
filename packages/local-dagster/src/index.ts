/**
 * Runs the real Dagster (webserver and daemon from the portal's Python
 * toolchain) for the demo and the tests.
 *
 * @packageDocumentation
 */
export { startLocalDagster } from './startLocalDagster';
export type { LocalDagster, LocalDagsterOptions } from './startLocalDagster';
export { startDemoEstate, useDemoEstate } from './demoEstate';
export type { DemoEstateOptions } from './demoEstate';
export { startTestEstate } from './testEstate';
export type { TestEstate } from './testEstate';
export { venvDir, venvBin, demoEstateWorkspace } from './paths';
export { printDagsterSchema } from './schema';
// The process helpers, for the other local services of the demo and the tests (local-aws).
export {
  freePort,
  startLogged,
  stopGroup,
  stopOnSignals,
  tail,
} from './processes';
