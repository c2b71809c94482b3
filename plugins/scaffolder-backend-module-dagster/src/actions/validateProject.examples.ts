import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Check a new project that processes personal data under public task',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'dagster:project:validate',
          name: 'Check the project against the platform rules',
          input: {
            name: 'benefit-claims',
            description: 'Benefit claims from intake to monthly statistics',
            owner: 'group:default/claims-data-team',
            department: 'Department for Work and Pensions',
            costCentre: 'CC-1042',
            monthlyBudgetGbp: 1500,
            classification: 'OFFICIAL-SENSITIVE',
            personalData: true,
            lawfulBasis: 'public-task',
            retentionPeriod: 'P7Y',
            dbt: true,
            partitioning: 'monthly',
            computeProfile: 'medium',
            repoLocation: 'demo',
          },
        },
      ],
    }),
  },
];
