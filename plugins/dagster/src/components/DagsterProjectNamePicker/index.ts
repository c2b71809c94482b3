export { DagsterProjectNamePicker } from './DagsterProjectNamePicker';
export {
  validateProjectNameField,
  projectNameProblem,
} from './validateProjectName';
