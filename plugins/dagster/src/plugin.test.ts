import { dagsterPlugin } from './plugin';

describe('dagster', () => {
  it('should export plugin', () => {
    expect(dagsterPlugin).toBeDefined();
  });
});
