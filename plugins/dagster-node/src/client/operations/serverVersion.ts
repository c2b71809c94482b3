/**
 * The handshake: asked once per client so optional fields can be gated on
 * the server's version (QUERIES.md §0, §8).
 *
 * @public
 */
export const SERVER_VERSION_QUERY = /* GraphQL */ `
  query BsServerVersion {
    version
  }
`;
