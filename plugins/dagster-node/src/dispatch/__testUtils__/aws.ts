import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DemoAws, DEMO_AWS_CREDENTIALS } from '@internal/local-aws';
import { AwsDispatchSettings } from '../awsSettings';
import { createAwsDispatchClients } from '../awsClients';

/** The dispatch settings of the demo's AWS, as `dagster.aws` would give them. */
export function demoSettings(
  aws: Pick<DemoAws, 'endpoint' | 'region' | 'resources'>,
  overrides: Partial<AwsDispatchSettings> = {},
): AwsDispatchSettings {
  const { resources } = aws;
  return {
    region: aws.region,
    endpoint: aws.endpoint,
    maxAttempts: 3,
    ecs: {
      cluster: resources.ecs.clusterArn,
      taskDefinition: resources.ecs.taskDefinitionArn,
      containerName: resources.ecs.containerName,
      subnets: resources.network.subnetIds,
      securityGroups: [resources.network.securityGroupId],
      assignPublicIp: false,
    },
    batch: {
      spotQueue: resources.batch.spotQueueArn,
      onDemandQueue: resources.batch.onDemandQueueArn,
      jobDefinition: resources.batch.jobDefinitionArn,
    },
    lambda: {
      functionName: resources.lambda.functionName,
      invocationType: 'RequestResponse',
    },
    ...overrides,
  };
}

/** The clients of the settings, with moto's fake credentials. */
export const demoClients = (settings: AwsDispatchSettings) =>
  createAwsDispatchClients(settings, { credentials: DEMO_AWS_CREDENTIALS });

/**
 * A real HTTP proxy in front of moto that answers the first `times` calls
 * of one ECS action as AWS does when it throttles (400, `__type`
 * ThrottlingException) and forwards everything else.
 */
export async function startThrottlingProxy(
  target: string,
  action: string,
  times: number,
) {
  let throttled = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    if (amzTarget.endsWith(`.${action}`) && throttled < times) {
      throttled++;
      res.writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': `throttled-${throttled}`,
      });
      res.end(
        JSON.stringify({
          __type: 'ThrottlingException',
          message: 'Rate exceeded',
        }),
      );
      return;
    }
    const headers = { ...req.headers } as Record<string, string>;
    delete headers.host;
    delete headers['content-length'];
    const answer = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const text = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get throttled() {
      return throttled;
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
