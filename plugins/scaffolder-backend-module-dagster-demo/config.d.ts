export interface Config {
  dagster?: {
    /**
     * The demo publish target: new projects' repositories are created as bare
     * git repositories in this local directory (relative to the backend's
     * working directory). Demo only; leave unset where a real git host is used.
     */
    demoRepositories?: {
      directory: string;
    };
  };
}
