/**
 * A column as Dagster describes it in `dagster/column_schema`.
 *
 * @public
 */
export interface DagsterColumn {
  name: string;
  type: string;
  description: string | null;
  tags: { key: string; value: string }[];
}

/** Column tag keys that, set to a true-ish value, mark personal data. */
const FLAG_KEYS = new Set([
  'pii',
  'personal_data',
  'dagster/pii',
  'gdpr/personal',
]);
/** Column tag keys whose presence (with any value) marks personal data. */
const CATEGORY_KEYS = new Set(['pii_category', 'personal_data_category']);
const FALSE_VALUES = new Set(['false', 'no', '0', 'none', '']);

/**
 * The columns whose tags mark them as personal data. A flag tag set to
 * "false" overrides a category, so a team can say a column was reviewed and
 * holds none.
 *
 * @public
 */
export function personalDataColumns(columns: DagsterColumn[]): DagsterColumn[] {
  return columns.filter(column => {
    let personal = false;
    for (const { key, value } of column.tags) {
      const k = key.toLowerCase();
      const v = value.trim().toLowerCase();
      if (FLAG_KEYS.has(k)) {
        if (FALSE_VALUES.has(v)) return false;
        personal = true;
      } else if (CATEGORY_KEYS.has(k) && !FALSE_VALUES.has(v)) {
        personal = true;
      }
    }
    return personal;
  });
}
