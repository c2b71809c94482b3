/** The names the set-up gives the demo's AWS resources (and looks them up by). */
export const NAMES = {
  vpc: 'dagster-portal',
  subnets: [
    { name: 'dagster-portal-a', cidr: '10.42.1.0/24', zone: 'eu-west-2a' },
    { name: 'dagster-portal-b', cidr: '10.42.2.0/24', zone: 'eu-west-2b' },
  ],
  securityGroup: 'dagster-portal-runs',
  taskExecutionRole: 'dagster-portal-task-execution',
  batchServiceRole: 'dagster-portal-batch-service',
  batchInstanceRole: 'dagster-portal-batch-instance',
  lambdaRole: 'dagster-portal-lambda',
  cluster: 'dagster-portal',
  taskDefinition: 'dagster-run',
  container: 'run',
  image: 'dagster-portal/dagster-run:demo',
  lambdaFunction: 'dagster-portal-run',
  spotComputeEnvironment: 'dagster-portal-ec2-spot',
  onDemandComputeEnvironment: 'dagster-portal-ec2-on-demand',
  spotQueue: 'dagster-portal-spot',
  onDemandQueue: 'dagster-portal-on-demand',
  jobDefinition: 'dagster-run',
} as const;
