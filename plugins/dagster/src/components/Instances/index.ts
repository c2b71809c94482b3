export { InstancesCard } from './InstancesCard';
export { NotConfiguredState } from './NotConfiguredState';
