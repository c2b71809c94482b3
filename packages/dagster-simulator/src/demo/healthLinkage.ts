import { DemoLocationSpec, col, pii } from './dsl';

/**
 * A code location that fails to load (a missing package after a dependency
 * bump), so none of its assets are served.
 */
export const healthLinkage: DemoLocationSpec = {
  name: 'health_outcomes_linkage',
  prefix: 'health',
  owners: ['team:health-analytics'],
  kinds: {
    bronze: ['python', 's3'],
    reference: ['python', 's3'],
    silver: ['python', 'pandas', 'snowflake'],
    gold: ['dbt', 'snowflake'],
  },
  loadError:
    "dagster._core.errors.DagsterUserCodeLoadError: Error occurred during the loading of Dagster definitions in\nexecutable_path=/usr/local/bin/python, module_name=health_outcomes_linkage.definitions, working_directory=/opt/dagster/app\n\nModuleNotFoundError: No module named 'dagster_snowflake_pandas'",
  loadErrorStack: [
    '  File "/usr/local/lib/python3.12/site-packages/dagster/_grpc/server.py", line 421, in __init__\n    self._loaded_repositories = LoadedRepositories(\n',
    '  File "/usr/local/lib/python3.12/site-packages/dagster/_core/code_pointer.py", line 135, in load_python_module\n    return importlib.import_module(module_name)\n',
    '  File "/opt/dagster/app/health_outcomes_linkage/resources.py", line 3, in <module>\n    from dagster_snowflake_pandas import SnowflakePandasIOManager\n',
  ],
  assets: [
    {
      name: 'hospital_episodes_raw',
      layer: 'bronze',
      description:
        'Admitted patient care episodes received under the data sharing agreement.',
      columns: [
        pii.nhs(),
        pii.dob(),
        pii.postcode(),
        col('admission_date', 'DATE'),
        col('primary_diagnosis', 'VARCHAR', 'ICD-10 code (health data)', {
          tags: { pii: 'true', pii_category: 'health', masking: 'none' },
        }),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        special_category: 'health',
        dpia_reference: 'DPIA-2025-003',
      },
    },
    {
      name: 'gp_registrations_raw',
      layer: 'bronze',
      description:
        'GP practice registrations with registration and de-registration dates.',
      columns: [
        pii.nhs(),
        col('practice_code', 'VARCHAR'),
        col('registered_on', 'DATE'),
      ],
      tags: { classification: 'OFFICIAL-SENSITIVE' },
    },
    {
      name: 'mortality_register_raw',
      layer: 'bronze',
      description:
        'Registered deaths with cause of death, for linkage studies only.',
      columns: [pii.nhs(), pii.name(), pii.dob(), col('date_of_death', 'DATE')],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        special_category: 'health',
      },
    },
    {
      name: 'ae_attendances_raw',
      layer: 'bronze',
      description:
        'Emergency department attendances with arrival mode and disposal.',
    },
    {
      name: 'nhs_number_validation',
      layer: 'silver',
      deps: ['bronze/hospital_episodes_raw', 'bronze/gp_registrations_raw'],
      description:
        'NHS numbers checked with the modulus 11 rule and traced where invalid.',
    },
    {
      name: 'linked_patient_spine',
      layer: 'silver',
      deps: [
        'silver/nhs_number_validation',
        'bronze/mortality_register_raw',
        'claims/silver/claimants',
      ],
      description:
        'Pseudonymised spine linking health records to benefit claimants for approved research.',
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        special_category: 'health',
      },
    },
    {
      name: 'health_outcomes_by_benefit_status',
      layer: 'gold',
      deps: ['silver/linked_patient_spine'],
      description:
        'Hospital admission rates for claimants and non-claimants, age-standardised.',
    },
    {
      name: 'linkage_quality_report',
      layer: 'gold',
      deps: ['silver/linked_patient_spine'],
      description:
        'Match rates and false-match estimates for each linkage run.',
    },
  ],
};
