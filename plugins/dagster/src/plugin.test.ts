import dagsterFrontendPlugin from './alpha';
import { dagsterPlugin } from './plugin';

describe('dagsterPlugin', () => {
  it('is the dagster plugin and provides the Dagster API client', () => {
    expect(dagsterPlugin.getId()).toBe('dagster');
    const apiIds = [...dagsterPlugin.getApis()].map(factory => factory.api.id);
    expect(apiIds).toEqual(['plugin.dagster.service']);
  });

  it('has the same id in the new frontend system, with the API and the page', () => {
    expect(dagsterFrontendPlugin.pluginId).toBe('dagster');
    // getExtension throws for an id the plugin does not provide.
    expect(dagsterFrontendPlugin.getExtension('api:dagster')).toBeDefined();
    expect(dagsterFrontendPlugin.getExtension('page:dagster')).toBeDefined();
    expect(
      dagsterFrontendPlugin.getExtension('entity-content:dagster/lineage'),
    ).toBeDefined();
    expect(
      dagsterFrontendPlugin.getExtension('entity-content:dagster/checks'),
    ).toBeDefined();
    expect(
      dagsterFrontendPlugin.getExtension(
        'scaffolder-form-field:dagster/project-name',
      ),
    ).toBeDefined();
  });
});
