/** A person the demo can sign in as; `id` is the User entity name in examples/org.yaml. */
export interface DemoIdentity {
  id: string;
  provider: 'guest' | 'demo';
  title: string;
  role: string;
  description: string;
}

export const DEMO_IDENTITIES: DemoIdentity[] = [
  {
    id: 'dana.datateam',
    provider: 'demo',
    title: 'Dana Okafor',
    role: 'Data team member, Claims Data Team',
    description:
      'Creates pipeline projects, follows lineage and checks, materialises assets her team owns.',
  },
  {
    id: 'morgan.manager',
    provider: 'demo',
    title: 'Morgan Reid',
    role: 'Manager, Finance and Delivery',
    description: 'Reviews cost per project over time and against budget.',
  },
  {
    id: 'sam.steward',
    provider: 'demo',
    title: 'Sam Patel',
    role: 'Data steward',
    description: 'Checks ownership, personal data, masking and lawful basis.',
  },
  {
    id: 'guest',
    provider: 'guest',
    title: 'Guest',
    role: 'No team',
    description:
      'Looks around read-only: belongs to no team, so cannot create or run anything.',
  },
];
