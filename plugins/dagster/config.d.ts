export interface Config {
  dagster?: {
    /**
     * Marks the data as demo data (the demo estate), so every page (and
     * the sign-in page, which then offers the demo identities) shows it. Leave
     * unset against a real Dagster.
     * @visibility frontend
     */
    demo?: boolean;
  };
}
