import { DagsterPythonError } from './errors';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { byOperation, data } from './__testUtils__/scriptedServer';

/*
 * Loaded and failing locations, and asset key listing with a missing
 * repository, are proven against real Dagster (dagster.integration.test.ts);
 * a workspace-level PythonError is not something it can be made to answer.
 */
describe('DagsterGraphQLClient code locations', () => {
  const scripted = useScriptedClients();
  const clientFor = (replies: Parameters<typeof byOperation>[0]) =>
    scripted(byOperation(replies));

  it('throws the workspace PythonError as a typed error', async () => {
    const pythonError = {
      __typename: 'PythonError',
      message: 'workspace broken',
      className: null,
      stack: [],
    };
    const { client } = await clientFor({
      BsListCodeLocations: () => data({ workspaceOrError: pythonError }),
    });
    await expect(client.listCodeLocations()).rejects.toThrow(
      DagsterPythonError,
    );
  });
});
