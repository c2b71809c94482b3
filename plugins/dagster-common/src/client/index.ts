export * from './DagsterBackendClient';
