/**
 * A request channel where only the newest request matters (slider drags): at most one request
 * runs at a time and at most one waits; a new request replaces the waiting one instead of
 * queueing behind it, so a fast drag never builds a backlog the worker has to work through.
 */
export interface LatestWins<T> {
  submit(request: T): void;
  /** Forgets the waiting request (the one running finishes). */
  dropPending(): void;
  /** True while a request runs or waits. */
  readonly busy: boolean;
  /** Resolves once nothing runs or waits. */
  idle(): Promise<void>;
}

export function latestWins<T>(
  run: (request: T) => Promise<void>,
  onError: (error: unknown, request: T) => void = () => {},
): LatestWins<T> {
  let running = false;
  let pending: { request: T } | null = null;
  let idleWaiters: (() => void)[] = [];

  const pump = async () => {
    running = true;
    while (pending) {
      const { request } = pending;
      pending = null;
      try {
        await run(request);
      } catch (e) {
        onError(e, request);
      }
    }
    running = false;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  return {
    submit(request) {
      pending = { request };
      if (!running) void pump();
    },
    dropPending() {
      pending = null;
    },
    get busy() {
      return running || pending !== null;
    },
    idle() {
      return running || pending
        ? new Promise((resolve) => idleWaiters.push(resolve))
        : Promise.resolve();
    },
  };
}
