import {
  DagsterCodeLocationLoadingError,
  DagsterPythonError,
  DagsterRepositoryNotFoundError,
} from './errors';
import {
  DagsterClient,
  DagsterWorkspace,
  DagsterWorkspaceLocation,
} from './model';

/**
 * Reads every code location with its assets, location by location, so a
 * large workspace never becomes one huge request and one broken location
 * does not hide the others.
 *
 * Errors that belong to one location (its load error, a repository that
 * vanished, a PythonError while listing it) are recorded on that location;
 * an unreachable or non-Dagster server still throws, because then nothing
 * read is trustworthy.
 */
export async function readWorkspace(
  client: DagsterClient,
): Promise<DagsterWorkspace> {
  const { version } = await client.getServerInfo();
  const locations: DagsterWorkspaceLocation[] = [];
  for (const location of await client.listCodeLocations()) {
    const entry: DagsterWorkspaceLocation = { ...location, assets: [] };
    locations.push(entry);
    if (entry.error) {
      continue;
    }
    if (
      location.loadStatus === 'LOADING' &&
      location.repositories.length === 0
    ) {
      // First load after a webserver start: no data yet is not "no assets".
      entry.error = new DagsterCodeLocationLoadingError(
        `Code location "${location.name}" is still loading`,
      );
      continue;
    }
    try {
      for (const { name: repository } of location.repositories) {
        const keys = await client.listAssetKeys({
          location: location.name,
          repository,
        });
        const assets = await client.getAssets(keys);
        // assetNodes(assetKeys:) answers across the workspace; keep only the
        // definitions this repository owns so an asset is not listed twice.
        entry.assets.push(
          ...assets.filter(
            a => a.location === location.name && a.repository === repository,
          ),
        );
      }
    } catch (error) {
      if (
        !(
          error instanceof DagsterPythonError ||
          error instanceof DagsterRepositoryNotFoundError
        )
      ) {
        throw error;
      }
      entry.error = error;
      entry.assets = [];
    }
  }
  return { serverVersion: version, locations };
}
