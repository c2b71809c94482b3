export { DemoDataMarker } from './DemoDataMarker';
