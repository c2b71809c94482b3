import { DemoLocationSpec, DAILY, col, pii } from './dsl';
import { roadSafetyModels, collisionRef } from './roadSafetyModels';

/** Reported road collisions and casualties (fictional feeds). */
export const roadSafety: DemoLocationSpec = {
  name: 'road_safety',
  prefix: 'road_safety',
  owners: ['team:transport-analysts'],
  kinds: {
    bronze: ['python', 'pandas', 's3'],
    reference: ['python', 's3'],
    silver: ['dbt', 'postgres'],
    gold: ['dbt', 'postgres'],
  },
  assets: [
    {
      name: 'collision_reports_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Injury collisions reported by police forces through the collision reporting feed, one file per day.',
      columns: [
        collisionRef,
        col('police_force_code', 'VARCHAR'),
        col('collision_date', 'DATE'),
        col('latitude', 'FLOAT'),
        col('longitude', 'FLOAT'),
        col('severity', 'VARCHAR'),
        col('road_type', 'VARCHAR'),
      ],
      tags: { classification: 'OFFICIAL' },
    },
    {
      name: 'casualties_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Casualty records attached to each reported collision, as submitted by the reporting officer.',
      columns: [
        col('casualty_ref', 'VARCHAR'),
        collisionRef,
        pii.name('none', 'casualty_name'),
        pii.dob(),
        col('casualty_class', 'VARCHAR'),
        col('severity', 'VARCHAR'),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        lawful_basis: 'public_task',
      },
    },
    {
      name: 'vehicles_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Vehicles involved in reported collisions, including manoeuvre and first point of impact.',
      columns: [
        col('vehicle_ref', 'VARCHAR'),
        collisionRef,
        col('vehicle_type', 'VARCHAR'),
        pii.other('registration_mark', 'vehicle_registration'),
      ],
      tags: { classification: 'OFFICIAL-SENSITIVE' },
    },
    {
      name: 'traffic_counts_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Hourly readings from automatic traffic counters on major roads.',
    },
    {
      name: 'road_network_raw',
      layer: 'bronze',
      description:
        'Road links with classification, speed limit and geometry, from the open road network release.',
    },
    {
      name: 'speed_camera_sites_raw',
      layer: 'bronze',
      owners: [],
      description:
        'Fixed and average-speed camera sites supplied by the safety camera partnerships.',
    },
    {
      name: 'weather_observations_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Hourly weather observations (rain, visibility, temperature) from the observation network feed.',
    },
    ...roadSafetyModels,
  ],
};
