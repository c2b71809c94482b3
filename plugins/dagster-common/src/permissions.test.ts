import { dagsterPermissions } from './permissions';

describe('dagsterPermissions', () => {
  it('names every permission dagster.<resource>.<verb> and uniquely', () => {
    const names = dagsterPermissions.map(p => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^dagster\.[a-z]+\.[a-z]+$/);
  });
});
