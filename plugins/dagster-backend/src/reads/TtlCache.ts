/**
 * A small in-memory cache of promises with a time to live and a size bound.
 * Promises, not values, are kept so concurrent identical requests share one
 * round trip to Dagster; a rejected promise is dropped at once, so failures
 * are never cached.
 */
export class TtlCache<T> {
  private readonly entries = new Map<
    string,
    { expiresAt: number; value: Promise<T> }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) {
      return hit.value;
    }
    this.entries.delete(key);
    const value = load();
    if (this.ttlMs <= 0 || this.maxEntries <= 0) {
      return value;
    }
    const entry = { expiresAt: this.now() + this.ttlMs, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.evict();
    return value;
  }

  /** Drops expired entries, then the oldest ones beyond the bound (Map keeps insertion order). */
  private evict() {
    if (this.entries.size <= this.maxEntries) return;
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
