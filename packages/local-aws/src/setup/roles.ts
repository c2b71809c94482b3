import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  IAMClient,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { NAMES } from './names';

/**
 * The roles the demo's compute assumes, found by name or made. They carry
 * only their trust policies: moto does not enforce IAM, and AWS's managed
 * policies (AmazonECSTaskExecutionRolePolicy and the like) are not loaded
 * in moto by default.
 */
export async function ensureRoles(iam: IAMClient) {
  const taskExecutionRoleArn = await ensureRole(
    iam,
    NAMES.taskExecutionRole,
    'ecs-tasks.amazonaws.com',
  );
  const batchServiceRoleArn = await ensureRole(
    iam,
    NAMES.batchServiceRole,
    'batch.amazonaws.com',
  );
  const batchInstanceRoleArn = await ensureRole(
    iam,
    NAMES.batchInstanceRole,
    'ec2.amazonaws.com',
  );
  const instanceProfileArn = await ensureInstanceProfile(
    iam,
    NAMES.batchInstanceRole,
  );
  const lambdaRoleArn = await ensureRole(
    iam,
    NAMES.lambdaRole,
    'lambda.amazonaws.com',
  );
  return {
    taskExecutionRoleArn,
    batchServiceRoleArn,
    batchInstanceRoleArn,
    instanceProfileArn,
    lambdaRoleArn,
  };
}

async function ensureRole(
  iam: IAMClient,
  name: string,
  service: string,
): Promise<string> {
  const existing = await ifExists(() =>
    iam.send(new GetRoleCommand({ RoleName: name })),
  );
  if (existing) return existing.Role!.Arn!;
  const { Role } = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: service },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    }),
  );
  return Role!.Arn!;
}

/** The Batch instances' profile, holding the role of the same name. */
async function ensureInstanceProfile(
  iam: IAMClient,
  name: string,
): Promise<string> {
  const existing = await ifExists(() =>
    iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name })),
  );
  if (existing) return existing.InstanceProfile!.Arn!;
  const { InstanceProfile } = await iam.send(
    new CreateInstanceProfileCommand({ InstanceProfileName: name }),
  );
  await iam.send(
    new AddRoleToInstanceProfileCommand({
      InstanceProfileName: name,
      RoleName: name,
    }),
  );
  return InstanceProfile!.Arn!;
}

async function ifExists<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NoSuchEntityException) return undefined;
    throw error;
  }
}
