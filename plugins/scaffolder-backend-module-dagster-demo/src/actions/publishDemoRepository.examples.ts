import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Publish the generated project to the demo target, then register it in the catalog',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'dagster:demo-repository:publish',
          name: 'Publish to the demo repository',
          input: { name: 'road-safety' },
        },
        {
          id: 'catalog',
          action: 'catalog:register',
          name: 'Register in the catalog',
          input: {
            catalogInfoUrl: "${{ steps['publish'].output.catalogInfoUrl }}",
          },
        },
      ],
    }),
  },
];
