import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readAwsDispatchSettings } from './awsSettings';

describe('readAwsDispatchSettings', () => {
  const read = (aws: JsonObject) =>
    readAwsDispatchSettings(new ConfigReader({ dagster: { aws } }));

  it('is undefined when dagster.aws is absent', () => {
    expect(readAwsDispatchSettings(new ConfigReader({}))).toBeUndefined();
  });

  it('reads every section with its defaults', () => {
    expect(
      read({
        region: 'eu-west-2',
        ecs: {
          cluster: 'c',
          taskDefinition: 't',
          containerName: 'run',
          subnets: ['s1'],
        },
        batch: { spotQueue: 'sq', onDemandQueue: 'oq', jobDefinition: 'jd' },
        lambda: { functionName: 'f' },
      }),
    ).toEqual({
      region: 'eu-west-2',
      endpoint: undefined,
      maxAttempts: 3,
      ecs: {
        cluster: 'c',
        taskDefinition: 't',
        containerName: 'run',
        subnets: ['s1'],
        securityGroups: [],
        assignPublicIp: false,
      },
      batch: { spotQueue: 'sq', onDemandQueue: 'oq', jobDefinition: 'jd' },
      lambda: { functionName: 'f', invocationType: 'Event' },
    });
    expect(read({ region: 'eu-west-2' })).toMatchObject({
      ecs: undefined,
      batch: undefined,
      lambda: undefined,
    });
  });

  it('refuses a region missing, attempts below 1 and an unknown invocation type, saying which key', () => {
    expect(() => read({})).toThrow(
      "Missing required config value at 'dagster.aws.region'",
    );
    expect(() => read({ region: 'eu-west-2', maxAttempts: 0 })).toThrow(
      'dagster.aws.maxAttempts must be a whole number of at least 1, got 0',
    );
    expect(() =>
      read({
        region: 'eu-west-2',
        lambda: { functionName: 'f', invocationType: 'DryRun' },
      }),
    ).toThrow(
      'dagster.aws.lambda.invocationType must be Event or RequestResponse, got "DryRun"',
    );
  });
});
