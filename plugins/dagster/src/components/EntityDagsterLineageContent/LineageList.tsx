import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { LineageGraph, LineageNode } from '../../api';
import { relativeTime } from '../status';
import { ASSET_HEALTH_LABELS, assetHealth, sidesOf } from './lineageModel';

const SECTIONS = [
  { side: 'upstream', title: 'Upstream assets' },
  { side: 'this', title: "This entity's assets" },
  { side: 'downstream', title: 'Downstream assets' },
  { side: undefined, title: 'Other related assets' },
] as const;

function AssetName(props: { node: LineageNode }) {
  const { node } = props;
  if (!node.entityName) return <>{node.key}</>;
  return (
    <EntityRefLink
      entityRef={{
        kind: 'resource',
        namespace: 'default',
        name: node.entityName,
      }}
      disableTooltip
    >
      {node.key}
    </EntityRefLink>
  );
}

/** The lineage as tables of upstream, own and downstream assets. */
export function LineageList(props: { graph: LineageGraph }) {
  const sides = sidesOf(props.graph);
  return (
    <>
      {SECTIONS.map(section => {
        const nodes = props.graph.nodes.filter(
          n => sides.get(n.key) === section.side,
        );
        if (nodes.length === 0) return null;
        const id = `dagster-lineage-${section.side ?? 'other'}`;
        return (
          <Box key={id} mb={3} component="section" aria-labelledby={id}>
            <Typography variant="h6" id={id}>
              {section.title} ({nodes.length})
            </Typography>
            <Table size="small" aria-labelledby={id}>
              <TableHead>
                <TableRow>
                  <TableCell>Asset</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Project</TableCell>
                  <TableCell>Last materialised</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {nodes.map(node => (
                  <TableRow key={node.key}>
                    <TableCell>
                      <AssetName node={node} />
                    </TableCell>
                    <TableCell>
                      {ASSET_HEALTH_LABELS[assetHealth(node)]}
                    </TableCell>
                    <TableCell>{node.location}</TableCell>
                    <TableCell>
                      {node.status.lastMaterializedAt ? (
                        <span title={node.status.lastMaterializedAt}>
                          {relativeTime(node.status.lastMaterializedAt)}
                        </span>
                      ) : (
                        'Never'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      })}
    </>
  );
}
