const TOP_LEVEL_KEYS = ['ops', 'solids', 'resources', 'execution', 'loggers'];

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * A shallow stand-in for Dagster's run config validation: the config must be
 * an object whose top-level keys are the ones every job accepts.
 */
export function validateRunConfig(runConfigData: unknown): object[] {
  if (runConfigData === undefined || runConfigData === null) return [];
  const config = parse(runConfigData);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return [
      {
        __typename: 'RuntimeMismatchConfigError',
        message: `Value at path root must be a dict. Got ${JSON.stringify(
          config,
        )}.`,
        path: [],
        reason: 'RUNTIME_TYPE_MISMATCH',
        valueRep: JSON.stringify(config),
      },
    ];
  }
  return Object.keys(config)
    .filter(key => !TOP_LEVEL_KEYS.includes(key))
    .map(key => ({
      __typename: 'FieldNotDefinedConfigError',
      message: `Received unexpected config entry "${key}" at the root. Expected: ${TOP_LEVEL_KEYS.join(
        ', ',
      )}.`,
      path: [],
      reason: 'FIELD_NOT_DEFINED',
      fieldName: key,
    }));
}
