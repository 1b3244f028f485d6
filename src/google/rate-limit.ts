import type { Sleep } from './retry.ts';

export type Clock = () => number;

/**
 * A token bucket for the per-minute read quota: `perMinute` tokens a minute, holding at most `burst`.
 * With a burst of 1 (the default) requests are spaced 60 s / perMinute apart, so no 60-second window
 * ever holds more than `perMinute` of them, however the server slides its window.
 */
export class TokenBucket {
  readonly #intervalMs: number;
  readonly #burst: number;
  #tokens: number;
  #stamp: number;
  // Waiters are served in order: each reserves its token before it sleeps.
  #queue: Promise<void> = Promise.resolve();

  constructor(
    perMinute: number,
    private readonly now: Clock,
    private readonly sleep: Sleep,
    burst = 1,
  ) {
    if (!(perMinute > 0)) throw new RangeError('perMinute must be positive');
    this.#intervalMs = 60_000 / perMinute;
    this.#burst = Math.max(1, Math.floor(burst));
    this.#tokens = this.#burst;
    this.#stamp = now();
  }

  /** Resolves when a request may be sent. */
  take(): Promise<void> {
    const turn = this.#queue.then(() => this.#takeNow());
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #takeNow(): Promise<void> {
    for (;;) {
      const t = this.now();
      this.#tokens = Math.min(this.#burst, this.#tokens + (t - this.#stamp) / this.#intervalMs);
      this.#stamp = t;
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil((1 - this.#tokens) * this.#intervalMs));
    }
  }
}
