import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyVpcAttributeCommand,
} from '@aws-sdk/client-ec2';
import { NAMES } from './names';

const nameTag = (name: string) => [{ Key: 'Name', Value: name }];

/** The demo's VPC, its two subnets and the security group of the runs, found by name or made. */
export async function ensureNetwork(ec2: EC2Client) {
  const vpcId = await ensureVpc(ec2);
  const subnetIds: string[] = [];
  for (const subnet of NAMES.subnets) {
    const { Subnets } = await ec2.send(
      new DescribeSubnetsCommand({
        Filters: [
          { Name: 'vpc-id', Values: [vpcId] },
          { Name: 'tag:Name', Values: [subnet.name] },
        ],
      }),
    );
    const found = Subnets?.[0]?.SubnetId;
    if (found) {
      subnetIds.push(found);
      continue;
    }
    const created = await ec2.send(
      new CreateSubnetCommand({
        VpcId: vpcId,
        CidrBlock: subnet.cidr,
        AvailabilityZone: subnet.zone,
        TagSpecifications: [
          { ResourceType: 'subnet', Tags: nameTag(subnet.name) },
        ],
      }),
    );
    subnetIds.push(created.Subnet!.SubnetId!);
  }
  const securityGroupId = await ensureSecurityGroup(ec2, vpcId);
  return { vpcId, subnetIds, securityGroupId };
}

async function ensureVpc(ec2: EC2Client): Promise<string> {
  const { Vpcs } = await ec2.send(
    new DescribeVpcsCommand({
      Filters: [{ Name: 'tag:Name', Values: [NAMES.vpc] }],
    }),
  );
  const vpcId =
    Vpcs?.[0]?.VpcId ??
    (
      await ec2.send(
        new CreateVpcCommand({
          CidrBlock: '10.42.0.0/16',
          TagSpecifications: [
            { ResourceType: 'vpc', Tags: nameTag(NAMES.vpc) },
          ],
        }),
      )
    ).Vpc!.VpcId!;
  // As in a real Fargate VPC; moto's RunTask also fails (500) on an awsvpc
  // task in a VPC without DNS host names (its network interface has no DNS name).
  await ec2.send(
    new ModifyVpcAttributeCommand({
      VpcId: vpcId,
      EnableDnsHostnames: { Value: true },
    }),
  );
  return vpcId;
}

async function ensureSecurityGroup(
  ec2: EC2Client,
  vpcId: string,
): Promise<string> {
  const { SecurityGroups } = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'group-name', Values: [NAMES.securityGroup] },
      ],
    }),
  );
  const found = SecurityGroups?.[0]?.GroupId;
  if (found) return found;
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: NAMES.securityGroup,
      Description: 'Dagster runs started from the portal',
      VpcId: vpcId,
    }),
  );
  return GroupId!;
}
