export { EntityDagsterLineageContent } from './EntityDagsterLineageContent';
