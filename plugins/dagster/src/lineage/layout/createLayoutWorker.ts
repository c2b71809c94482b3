/**
 * Starts a worker that lays graphs out off the main thread, or returns
 * undefined where workers are not available. The bundler (rspack) builds the
 * worker from this URL; Jest maps this module to createLayoutWorker.inThread.ts
 * because it cannot load `import.meta`.
 */
export function createLayoutWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./layout.worker.ts', import.meta.url));
}
