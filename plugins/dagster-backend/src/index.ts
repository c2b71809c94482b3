/**
 * The Dagster platform backend plugin.
 *
 * @packageDocumentation
 */
export { dagsterPlugin as default } from './plugin';
export type { ProjectStore, StoredProject } from './projects/ProjectStore';
export { authorizeMaterialise } from './materialisations/authorizeMaterialise';
export type { MaterialiseDecision } from './materialisations/authorizeMaterialise';
