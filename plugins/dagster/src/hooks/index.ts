export { useDagsterStatus } from './useDagsterStatus';
export { useRegisteredProjects } from './useRegisteredProjects';
export { useEntityChecks } from './useEntityChecks';
export { useEntityLineage } from './useEntityLineage';
