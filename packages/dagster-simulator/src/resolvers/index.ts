import { assetQueries } from './assets';
import { checkQueries } from './checks';
import { mutations } from './mutations';
import { runQueries } from './runs';
import { workspaceQueries } from './workspace';

/**
 * Root value for graphql-js: Query and Mutation fields share one object, as
 * their names do not overlap. Union and interface members carry `__typename`,
 * which graphql-js's default type resolver reads.
 */
export const rootValue = {
  ...workspaceQueries,
  ...assetQueries,
  ...checkQueries,
  ...runQueries,
  ...mutations,
};

export type { SimContext } from './context';
