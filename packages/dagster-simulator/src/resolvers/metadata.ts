import { DatasetAsset, DatasetMetadataValue } from '../dataset/types';
import { assetKey } from './context';

function entry(typename: string, label: string, fields: object) {
  return { __typename: typename, label, description: null, ...fields };
}

function floatRepr(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Converts one dataset metadata value to the matching MetadataEntry member. */
export function metadataEntry(label: string, value: DatasetMetadataValue) {
  if (value === null) return entry('NullMetadataEntry', label, {});
  if (typeof value === 'string')
    return entry('TextMetadataEntry', label, { text: value });
  if (typeof value === 'boolean')
    return entry('BoolMetadataEntry', label, { boolValue: value });
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      // Int is 32-bit in GraphQL; Dagster sends null and keeps the digits in intRepr.
      const fits = Math.abs(value) <= 2147483647;
      return entry('IntMetadataEntry', label, {
        intValue: fits ? value : null,
        intRepr: String(value),
      });
    }
    return entry('FloatMetadataEntry', label, {
      floatValue: value,
      floatRepr: floatRepr(value),
    });
  }
  switch (value.type) {
    case 'float':
      return entry('FloatMetadataEntry', label, {
        floatValue: value.value,
        floatRepr: floatRepr(value.value),
      });
    case 'url':
      return entry('UrlMetadataEntry', label, { url: value.url });
    case 'path':
      return entry('PathMetadataEntry', label, { path: value.path });
    case 'json':
      return entry('JsonMetadataEntry', label, {
        jsonString: JSON.stringify(value.value),
      });
    case 'markdown':
      return entry('MarkdownMetadataEntry', label, { mdStr: value.markdown });
    case 'timestamp':
      return entry('TimestampMetadataEntry', label, {
        timestamp: value.seconds,
      });
    case 'asset':
      return entry('AssetMetadataEntry', label, {
        assetKey: assetKey(value.assetKey),
      });
    case 'pool':
      return entry('PoolMetadataEntry', label, { pool: value.pool });
    default:
      return entry('TextMetadataEntry', label, { text: JSON.stringify(value) });
  }
}

/** Converts a label-to-value map into metadata entries, in insertion order. */
export function metadataEntries(
  values: Record<string, DatasetMetadataValue> | undefined,
) {
  return Object.entries(values ?? {}).map(([label, value]) =>
    metadataEntry(label, value),
  );
}

/** Definition metadata of an asset, including the standard `dagster/*` entries. */
export function definitionMetadata(def: DatasetAsset) {
  const entries: object[] = [];
  if (def.columns) {
    entries.push(
      entry('TableSchemaMetadataEntry', 'dagster/column_schema', {
        schema: {
          constraints: null,
          columns: def.columns.map(c => ({
            name: c.name,
            type: c.type,
            description: c.description ?? null,
            constraints: {
              nullable: c.nullable ?? true,
              unique: c.unique ?? false,
              other: [],
            },
            tags: Object.entries(c.tags ?? {}).map(([key, value]) => ({
              key,
              value,
            })),
          })),
        },
      }),
    );
  }
  if (def.columnLineage) {
    entries.push(
      entry('TableColumnLineageMetadataEntry', 'dagster/column_lineage', {
        lineage: Object.entries(def.columnLineage).map(
          ([columnName, deps]) => ({
            columnName,
            columnDeps: deps.map(d => ({
              assetKey: assetKey(d.asset),
              columnName: d.column,
            })),
          }),
        ),
      }),
    );
  }
  if (def.codeReference) {
    entries.push(
      entry('CodeReferencesMetadataEntry', 'dagster/code_references', {
        codeReferences: [
          {
            __typename: 'LocalFileCodeReference',
            filePath: def.codeReference.filePath,
            lineNumber: def.codeReference.lineNumber ?? null,
            label: null,
          },
        ],
      }),
    );
  }
  return [...entries, ...metadataEntries(def.metadata)];
}
