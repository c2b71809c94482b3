/**
 * The Dagster platform backend plugin.
 *
 * @packageDocumentation
 */
export { dagsterPlugin as default } from './plugin';
export type { ProjectStore, RegisteredProject } from './projects/ProjectStore';
