import { Link, Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import type { AssetCheck } from '../../api';
import { CheckStatusChip, formatPassRate, relativeTime } from '../status';
import { CheckHistoryChart } from './CheckHistoryChart';

function columns(webUrl: string | undefined): TableColumn<AssetCheck>[] {
  return [
    {
      title: 'Check',
      field: 'name',
      highlight: true,
      render: check => (
        <>
          <Typography variant="body2">{check.name}</Typography>
          {check.description && (
            <Typography variant="caption" color="textPrimary">
              {check.description}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Status',
      field: 'status',
      render: check => <CheckStatusChip status={check.status} />,
    },
    { title: 'Severity', field: 'severity', render: c => c.severity ?? '–' },
    {
      title: 'Blocking',
      field: 'blocking',
      render: check => (check.blocking ? 'Blocking' : 'Non-blocking'),
    },
    {
      title: 'Last run',
      field: 'lastRunAt',
      render: check =>
        check.lastRunAt ? (
          <span title={check.lastRunAt}>{relativeTime(check.lastRunAt)}</span>
        ) : (
          'Never'
        ),
    },
    {
      title: 'Pass rate',
      field: 'passRate',
      render: check => formatPassRate(check.passRate),
    },
    {
      title: 'History',
      sorting: false,
      render: check => <CheckHistoryChart history={check.history} />,
    },
    {
      title: 'Run',
      sorting: false,
      render: check =>
        webUrl && check.lastRunId ? (
          <Link
            to={`${webUrl}/runs/${check.lastRunId}`}
            aria-label={`View run in Dagster for ${check.name}`}
          >
            View run in Dagster
          </Link>
        ) : (
          '–'
        ),
    },
  ];
}

/** Statuses of a check whose latest run failed, with ERROR (failing) or WARN (warning) severity. */
const FAILED = new Set<string>(['failing', 'warning']);

/** An asset's checks, with a switch to show only the failing ones. */
export function AssetChecksTable(props: {
  checks: AssetCheck[];
  webUrl?: string;
}) {
  const [failingOnly, setFailingOnly] = useState(false);
  const shown = props.checks
    .filter(check => !failingOnly || FAILED.has(check.status))
    // Copies, because material-table writes its own row state into the objects.
    .map(check => ({ ...check }));
  return (
    <>
      <Box mb={1}>
        <FormControlLabel
          control={
            <Switch
              checked={failingOnly}
              onChange={(_, checked) => setFailingOnly(checked)}
              color="primary"
            />
          }
          label="Failing only"
        />
      </Box>
      <Table<AssetCheck>
        title="Asset checks"
        columns={columns(props.webUrl)}
        data={shown}
        options={{
          paging: shown.length > 20,
          pageSize: 20,
          search: false,
          sorting: false,
          draggable: false,
        }}
        emptyContent={
          <Box p={2} textAlign="center">
            <Typography variant="body2">No failing checks</Typography>
          </Box>
        }
      />
    </>
  );
}
