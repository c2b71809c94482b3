import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Register a project without personal data with the platform',
    example: yaml.stringify({
      steps: [
        {
          id: 'register',
          action: 'dagster:project:register',
          name: 'Register with the data platform',
          input: {
            name: 'road-safety',
            owner: 'group:default/transport-analysts',
            department: 'Department for Transport',
            costCentre: 'DFT-77',
            monthlyBudgetGbp: 900,
            classification: 'OFFICIAL',
            personalData: false,
          },
        },
      ],
    }),
  },
];
