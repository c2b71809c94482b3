export * from './classification';
export * from './computeProfiles';
export * from './projectAnnotations';
export * from './validateProject';
export * from './validateNewProject';
