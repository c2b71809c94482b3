import { COMPUTE_PROFILES } from '../project/computeProfiles';
import { readWorkload, SAFE_DEFAULT } from './workload';
import { tagsOf } from './__testUtils__/tags';

describe('readWorkload', () => {
  it('reads every tag the template writes', () => {
    expect(
      readWorkload(
        tagsOf({
          profile: 'medium',
          minutes: 7.5,
          memoryMib: 3000,
          parallelism: 3,
          gpu: false,
          safeToRetry: true,
          stateless: true,
        }),
      ),
    ).toEqual({
      workload: {
        profile: 'medium',
        expectedDurationMinutes: 7.5,
        memoryMib: 3000,
        parallelism: 3,
        gpu: false,
        safeToRetry: true,
        stateless: true,
      },
      reasons: [],
      defaulted: false,
    });
  });

  it.each(Object.entries(COMPUTE_PROFILES))(
    'fills what is not tagged from the %s profile',
    (profile, { title: _title, ...values }) => {
      const { workload, defaulted } = readWorkload(tagsOf({ profile }));
      expect(workload).toEqual({ profile, ...values, stateless: false });
      expect(defaulted).toBe(false);
    },
  );

  it('gives the safe default for what nothing declares', () => {
    expect(readWorkload(undefined)).toMatchObject({
      workload: {
        ...SAFE_DEFAULT,
        expectedDurationMinutes: undefined,
        stateless: false,
      },
      defaulted: true,
    });
  });

  it.each([
    [
      'platform/memory-mib',
      '4GiB',
      'platform/memory-mib "4GiB" is not a whole number of MiB above 0: ignored.',
    ],
    [
      'platform/memory-mib',
      '0',
      'platform/memory-mib "0" is not a whole number of MiB above 0: ignored.',
    ],
    [
      'platform/parallelism',
      '1.5',
      'platform/parallelism "1.5" is not a whole number above 0: ignored.',
    ],
    [
      'platform/expected-duration-minutes',
      '-3',
      'platform/expected-duration-minutes "-3" is not a number of minutes above 0: ignored.',
    ],
    [
      'platform/safe-to-retry',
      'yes',
      'platform/safe-to-retry "yes" is not "true" or "false": ignored.',
    ],
    [
      'platform/gpu',
      '1',
      'platform/gpu "1" is not "true" or "false": ignored.',
    ],
    [
      'platform/stateless',
      'maybe',
      'platform/stateless "maybe" is not "true" or "false": ignored.',
    ],
    [
      'platform/compute-profile',
      'huge\n',
      'Unknown compute profile "huge\\u000a": ignored.',
    ],
  ])('ignores %s %j and says so', (key, value, reason) => {
    const { reasons } = readWorkload({
      ...tagsOf({ profile: 'small' }),
      [key]: value,
    });
    expect(reasons).toContain(reason);
  });

  it('falls back to the profile for a value it ignores', () => {
    const { workload } = readWorkload({
      ...tagsOf({ profile: 'small' }),
      'platform/memory-mib': 'lots',
    });
    expect(workload.memoryMib).toBe(1024);
  });

  it('takes TRUE and False in any case', () => {
    const { workload } = readWorkload({
      'platform/gpu': 'TRUE',
      'platform/safe-to-retry': 'False',
    });
    expect([workload.gpu, workload.safeToRetry]).toEqual([true, false]);
  });
});
