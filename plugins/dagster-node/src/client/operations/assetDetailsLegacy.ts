import { assetNodeSelection } from './assetDetails';

/**
 * Details of the given assets for servers older than 1.8.12 (checked
 * against a real 1.7), which reject `kinds`, `isMaterializable` or
 * `TableColumn.tags`; the client derives kinds from `computeKind` and the
 * `dagster/kind/*` tags instead, and columns come without tags.
 *
 * @public
 */
export const ASSET_DETAILS_LEGACY_QUERY = /* GraphQL */ `
  query BsAssetDetailsLegacy($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {${assetNodeSelection(false)}
    }
  }
`;
