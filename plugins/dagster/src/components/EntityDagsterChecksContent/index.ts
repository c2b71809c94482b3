export { EntityDagsterChecksContent } from './EntityDagsterChecksContent';
