export { DagsterPage } from './DagsterPage';
