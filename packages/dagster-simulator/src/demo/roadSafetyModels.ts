import { DemoAssetSpec, DAILY, col, pii } from './dsl';

export const collisionRef = col(
  'collision_ref',
  'VARCHAR',
  'Collision reference',
  { nullable: false },
);
const PRIYA = 'priya.natarajan@public-data.example.gov.uk';
/** Silver and gold assets of roadSafety. */
export const roadSafetyModels: DemoAssetSpec[] = [
  {
    name: 'collisions_clean',
    layer: 'silver',
    deps: ['bronze/collision_reports_raw'],
    partitions: DAILY,
    automation: 'eager()',
    description:
      'Validated collisions with corrected coordinates and standard severity codes.',
    columns: [
      collisionRef,
      col('police_force_code', 'VARCHAR'),
      col('collision_date', 'DATE'),
      col('severity', 'VARCHAR'),
      col('road_link_id', 'VARCHAR'),
    ],
    checks: [
      {
        name: 'collision_date_not_future',
        description: 'No collision may be dated in the future.',
        blocking: true,
      },
      {
        name: 'police_force_code_valid',
        description:
          'Police force codes must exist in the reference list; force 98 sent unknown codes on its last two files.',
        blocking: true,
        failingDays: 2,
      },
    ],
  },
  {
    name: 'casualties_clean',
    layer: 'silver',
    deps: ['bronze/casualties_raw', 'silver/collisions_clean'],
    partitions: DAILY,
    description: 'Casualties with names removed and age reduced to a band.',
    columns: [
      col('casualty_ref', 'VARCHAR'),
      collisionRef,
      col('age_band', 'VARCHAR'),
      col('casualty_class', 'VARCHAR'),
      col('severity', 'VARCHAR'),
    ],
    lineage: {
      age_band: [
        {
          asset: ['road_safety', 'bronze', 'casualties_raw'],
          column: 'date_of_birth',
        },
      ],
    },
  },
  {
    name: 'vehicles_clean',
    layer: 'silver',
    deps: ['bronze/vehicles_raw', 'silver/collisions_clean'],
    description:
      'Vehicles with registration marks hashed and vehicle types grouped.',
    columns: [
      col('vehicle_ref', 'VARCHAR'),
      collisionRef,
      col('vehicle_group', 'VARCHAR'),
      pii.other('registration_hash', 'vehicle_registration', 'hashed'),
    ],
  },
  {
    name: 'collisions_geocoded',
    layer: 'silver',
    automation: 'eager()',
    deps: [
      'silver/collisions_clean',
      'bronze/road_network_raw',
      'claims/reference/local_authority_lookup',
    ],
    description:
      'Collisions snapped to the road network and assigned to a local authority.',
  },
  {
    name: 'traffic_flows_daily',
    layer: 'silver',
    deps: ['bronze/traffic_counts_raw', 'bronze/road_network_raw'],
    partitions: DAILY,
    description:
      'Daily vehicle flows per road link, gaps filled from neighbouring counters.',
  },
  {
    name: 'collision_weather',
    layer: 'silver',
    deps: ['silver/collisions_clean', 'bronze/weather_observations_raw'],
    description: 'Each collision with the nearest hourly weather observation.',
  },
  {
    name: 'speed_camera_sites',
    layer: 'silver',
    deps: ['bronze/speed_camera_sites_raw'],
    owners: [],
    description:
      'Camera sites with installation dates and the road links they cover.',
  },
  {
    name: 'casualty_rates_by_local_authority',
    layer: 'gold',
    deps: [
      'silver/casualties_clean',
      'silver/collisions_geocoded',
      'silver/traffic_flows_daily',
    ],
    description:
      'Casualties per billion vehicle miles for each local authority and year.',
    checks: [
      {
        name: 'rates_within_bounds',
        description:
          'Rates must lie between 0 and 5,000 per billion vehicle miles.',
      },
    ],
  },
  {
    name: 'killed_or_seriously_injured_trend',
    layer: 'gold',
    deps: ['silver/casualties_clean'],
    description:
      'Rolling 12-month count of people killed or seriously injured, adjusted for reporting changes.',
    checks: [
      {
        name: 'ksi_series_complete',
        description:
          'Every month of the last five years must be present; two months are missing after the re-basing.',
        severity: 'WARN',
        failingDays: 4,
      },
    ],
  },
  {
    name: 'collision_hotspots',
    layer: 'gold',
    deps: ['silver/collisions_geocoded'],
    description:
      'Road links with the most injury collisions over the last three years.',
  },
  {
    name: 'speed_camera_effectiveness',
    layer: 'gold',
    deps: ['silver/speed_camera_sites', 'silver/collisions_geocoded'],
    description: 'Collisions near camera sites before and after installation.',
  },
  {
    name: 'school_journey_casualties',
    layer: 'gold',
    deps: [
      'silver/casualties_clean',
      'silver/collisions_geocoded',
      'education/silver/schools_register',
    ],
    description:
      'Child casualties within 1 km of a school during school journey hours.',
    tags: { classification: 'OFFICIAL-SENSITIVE' },
  },
  {
    name: 'road_safety_statistics_annual',
    layer: 'gold',
    kinds: ['python', 'pandas', 's3'],
    deps: [
      'gold/killed_or_seriously_injured_trend',
      'gold/casualty_rates_by_local_authority',
    ],
    freshness: { failWindowSeconds: 7 * 86400 },
    description:
      'Annual reported road casualties tables, prepared for publication.',
    tags: { publication: 'official-statistics' },
  },
  {
    name: 'vehicle_involvement_summary',
    layer: 'gold',
    deps: ['silver/vehicles_clean', 'silver/collisions_clean'],
    description:
      'Collisions by vehicle group, including pedal cycles and e-scooters.',
  },
  {
    name: 'weather_related_collisions',
    layer: 'gold',
    deps: ['silver/collision_weather'],
    description: 'Share of collisions in rain, fog or ice, by month.',
  },
  {
    name: 'casualty_cost_estimates',
    layer: 'gold',
    owners: ['team:transport-economics'],
    deps: ['silver/casualties_clean'],
    description:
      'Value of prevention estimates applied to casualties by severity.',
  },
  {
    name: 'road_safety_dashboard',
    layer: 'gold',
    owners: [PRIYA],
    deps: ['gold/collision_hotspots', 'gold/killed_or_seriously_injured_trend'],
    description: 'Extract behind the internal road safety dashboard.',
  },
  {
    name: 'cycling_casualties_by_route',
    layer: 'gold',
    deps: ['silver/casualties_clean', 'silver/traffic_flows_daily'],
    description: 'Cyclist casualties per route with cycle flow estimates.',
  },
  {
    name: 'police_force_data_quality',
    layer: 'gold',
    owners: [],
    deps: ['silver/collisions_clean'],
    description: 'Late, missing and amended collision reports by police force.',
  },
];
