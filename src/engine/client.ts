import * as Comlink from 'comlink';
import type { EngineApi } from './api';

export type Engine = Comlink.Remote<EngineApi>;

/** Prefix of the rejection every pending call gets when the worker dies. */
export const WORKER_CRASHED = 'worker-crashed:';

export interface EngineClientOptions {
  /** Turns on the worker's fault-injection methods (the page was opened with ?testHooks=1). */
  testHooks?: boolean;
  /**
   * A worker that leaves a ping unanswered this long counts as dead. A crashed or killed worker
   * fires no event at all, so silence is the only sign. It must exceed the longest synchronous
   * step (a big net on the plain CPU backend), or a busy worker would be restarted mid-run.
   */
  heartbeatTimeoutMs?: number;
  heartbeatEveryMs?: number;
  /** The GPU device was lost while no run was in flight (the heartbeat brings the news). */
  onDeviceLost?: (reason: string) => void;
}

// A full-size net at batch 1024 on the plain CPU backend can take tens of seconds per step.
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_EVERY_MS = 1_000;

/**
 * Owns the one training worker of the app. It notices a crash three ways: the worker's 'error'
 * event, a heartbeat left unanswered, and a call made after the worker is gone; then every
 * pending call rejects with WORKER_CRASHED (Comlink's would otherwise hang forever), the worker
 * is dropped, and `onCrash` runs once. The next use of `api` starts a fresh worker.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private remote: Engine | null = null;
  private guarded: Engine | null = null;
  private failPending: (error: Error) => void = () => {};
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private pingSentAt: number | null = null;
  private readonly timeoutMs: number;
  private readonly everyMs: number;

  constructor(
    private readonly onCrash: (message: string) => void = () => {},
    private readonly options: EngineClientOptions = {},
  ) {
    this.timeoutMs = options.heartbeatTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.everyMs = options.heartbeatEveryMs ?? DEFAULT_EVERY_MS;
  }

  get api(): Engine {
    if (!this.guarded) this.start();
    return this.guarded!;
  }

  private start(): void {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    });
    this.worker = worker;
    worker.addEventListener('error', (e) => this.crash(e.message || 'the training worker crashed'));
    const remote = Comlink.wrap<EngineApi>(worker);
    this.remote = remote;
    const crashed = new Promise<never>((_, reject) => {
      this.failPending = reject;
    });
    crashed.catch(() => {}); // rejected for the calls racing it; nobody else awaits it
    this.guarded = raceEveryCall(remote, crashed);
    // The worker resolves data URLs against the page, not against its own script location.
    const dataBaseUrl = new URL(`${import.meta.env.BASE_URL}data/`, location.href).href;
    void (
      remote as unknown as Comlink.Remote<{
        configure(o: { dataBaseUrl: string; testHooks: boolean }): void;
      }>
    ).configure({ dataBaseUrl, testHooks: this.options.testHooks === true });
    this.pingSentAt = null;
    this.heartbeat = setInterval(() => this.beat(remote), this.everyMs);
  }

  private beat(remote: Engine): void {
    // A hidden or frozen page may not run this timer (or the worker) for minutes; that time
    // is not the worker's silence.
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
      this.pingSentAt = null;
      return;
    }
    const now = performance.now();
    if (this.pingSentAt !== null) {
      if (now - this.pingSentAt > this.timeoutMs)
        this.crash(
          `the training worker stopped answering for ${Math.round(this.timeoutMs / 1000)} s`,
        );
      return;
    }
    this.pingSentAt = now;
    const sentAt = now;
    void Promise.resolve(remote.ping()).then(
      (lostDevice) => {
        if (this.remote === remote && this.pingSentAt === sentAt) this.pingSentAt = null;
        if (typeof lostDevice === 'string') this.options.onDeviceLost?.(lostDevice);
      },
      () => {},
    );
  }

  private crash(message: string): void {
    if (!this.worker) return; // already handled
    this.failPending(new Error(`${WORKER_CRASHED} ${message}`));
    this.terminate();
    this.onCrash(message);
  }

  /** Test hook: ends the worker without telling anyone, as the OS killing it would. */
  kill(): void {
    this.worker?.terminate();
  }

  restart(): void {
    this.terminate();
    this.start();
  }

  terminate(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.remote?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    this.guarded = null;
  }
}

/** The remote with each method call raced against `crashed`, so none outlives the worker. */
function raceEveryCall(remote: Engine, crashed: Promise<never>): Engine {
  return new Proxy(remote, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        Promise.race([(value as (...a: unknown[]) => unknown)(...args), crashed]);
    },
  });
}

/** Wraps a callback so the worker can call it across the thread boundary. */
export const proxyCallback = <T extends (...args: never[]) => unknown>(fn: T): T =>
  Comlink.proxy(fn);
