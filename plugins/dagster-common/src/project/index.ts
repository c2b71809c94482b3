export * from './classification';
export * from './validateProject';
