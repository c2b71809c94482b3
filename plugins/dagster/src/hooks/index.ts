export { useDagsterStatus } from './useDagsterStatus';
export { useRegisteredProjects } from './useRegisteredProjects';
