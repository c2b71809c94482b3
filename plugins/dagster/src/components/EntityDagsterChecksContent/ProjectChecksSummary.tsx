import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { CheckStatus, ProjectChecksReport } from '../../api';
import { assetEntityName } from '../../isDagsterEntity';
import { CHECK_STATUS_LABELS, CheckStatusChip } from '../status';

type Item = ProjectChecksReport['items'][number];

const STATUSES: CheckStatus[] = ['failing', 'warning', 'passing', 'unknown'];

const columns: TableColumn<Item>[] = [
  {
    title: 'Asset',
    field: 'assetKey',
    highlight: true,
    render: item => {
      const name = assetEntityName(item.assetKey);
      return name ? (
        <EntityRefLink
          entityRef={{ kind: 'resource', namespace: 'default', name }}
          disableTooltip
        >
          {item.assetKey}
        </EntityRefLink>
      ) : (
        item.assetKey
      );
    },
  },
  {
    title: 'Check status',
    field: 'status',
    render: item => <CheckStatusChip status={item.status} />,
  },
  { title: 'Checks', field: 'checks', type: 'numeric' },
];

/** A project's checks: assets counted by status, then each asset's roll-up. */
export function ProjectChecksSummary(props: { report: ProjectChecksReport }) {
  const { report } = props;
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <InfoCard title={`Assets of ${report.location} by check status`}>
          <Box display="flex" flexWrap="wrap" component="ul" p={0} m={0}>
            {STATUSES.map(status => (
              <Box
                component="li"
                key={status}
                mr={4}
                display="flex"
                alignItems="center"
                style={{ listStyle: 'none' }}
                aria-label={`${report.assets[status]} ${CHECK_STATUS_LABELS[
                  status
                ].toLocaleLowerCase('en-GB')}`}
              >
                <Typography variant="h4" component="span">
                  {report.assets[status]}
                </Typography>
                <Box ml={1}>
                  <CheckStatusChip status={status} />
                </Box>
              </Box>
            ))}
          </Box>
        </InfoCard>
      </Grid>
      <Grid item>
        <Table<Item>
          title="Assets with checks"
          columns={columns}
          data={report.items.map(item => ({ ...item }))}
          options={{
            paging: report.items.length > 20,
            pageSize: 20,
            sorting: false,
            draggable: false,
          }}
        />
      </Grid>
    </Grid>
  );
}
