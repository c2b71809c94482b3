/** Jest's stand-in for createLayoutWorker: no worker, so layouts run in the page's thread. */
export function createLayoutWorker(): Worker | undefined {
  return undefined;
}
