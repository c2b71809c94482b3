export { dagsterPlugin, DagsterPage } from './plugin';
