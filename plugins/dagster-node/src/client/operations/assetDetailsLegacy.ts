import { ASSET_NODE_COMMON_SELECTION } from './assetDetails';

/**
 * Details of the given assets for servers older than 1.8, which reject the
 * `kinds` field; the client derives kinds from `computeKind` and the
 * `dagster/kind/*` tags instead.
 *
 * @public
 */
export const ASSET_DETAILS_LEGACY_QUERY = /* GraphQL */ `
  query BsAssetDetailsLegacy($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {
${ASSET_NODE_COMMON_SELECTION}
    }
  }
`;
