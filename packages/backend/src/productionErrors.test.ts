import os from 'node:os';
import {
  PROBES,
  post,
  statusAs,
  templateWithoutItsFiles,
} from './__testUtils__/errorProbes';
import {
  DOWN_DAGSTER_URL,
  ProductionBackend,
  repoRoot,
  startProductionBackend,
} from './__testUtils__/productionBackend';

// Two real backends start (each 20-60 s on a busy machine).
jest.setTimeout(300_000);

/** What an answer shows of the backend's insides, if anything. */
function internalsIn(text: string): string[] {
  const shown: string[] = [];
  let error: unknown;
  try {
    error = JSON.parse(text).error;
  } catch {
    error = undefined; // not JSON: nothing but the text to look at
  }
  const hasStack = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    ('stack' in value || Object.values(value).some(hasStack));
  if (hasStack(error)) shown.push('a stack in the error');
  const looks: [string, RegExp | string][] = [
    ['a stack frame', /(\\n|\n)\s+at \S/],
    ['a source file and line', /\.[cm]?[jt]sx?:\d+/],
    ['the repository path', repoRoot],
    ['node_modules', 'node_modules'],
    ['the temporary directory', `${os.tmpdir()}/`],
    ["Dagster's address", DOWN_DAGSTER_URL.replace(/\/graphql$/, '')],
  ];
  for (const [what, pattern] of looks) {
    if (
      typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)
    ) {
      shown.push(what);
    }
  }
  return shown;
}

describe.each([
  {
    how: 'NODE_ENV=development, as `yarn workspace backend start` sets it',
    nodeEnv: 'development' as const,
  },
  {
    how: 'NODE_ENV=production, as the image runs it',
    nodeEnv: 'production' as const,
  },
])(
  'error bodies of the backend on the production config, $how',
  ({ nodeEnv }) => {
    let backend: ProductionBackend | undefined;
    beforeAll(async () => {
      backend = await startProductionBackend({ nodeEnv });
      await backend.ready;
    });
    afterAll(() => backend?.stop());

    it.each(PROBES)(
      '$name: $status, and nothing of the insides',
      async probe => {
        const res = await probe.send(backend!);
        expect({
          status: statusAs(res.status, probe.status),
          shows: internalsIn(res.text),
        }).toEqual({
          status: probe.status,
          shows: [],
        });
      },
    );

    it('answers a 500 with a log id only', async () => {
      const res = await post('/api/scaffolder/v2/dry-run', {
        template: templateWithoutItsFiles,
        values: {},
        directoryContents: [],
      })(backend!);
      expect(res.body.error).toEqual({
        name: 'Error',
        message: expect.stringMatching(
          /^An internal error occurred logId=[0-9a-f]+$/,
        ),
      });
    });
  },
);
