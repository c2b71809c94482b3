export { EntityDagsterProjectCard } from './EntityDagsterProjectCard';
