import * as Comlink from 'comlink';
import type { EngineApi } from './api';

export type Engine = Comlink.Remote<EngineApi>;

/** Owns the one training worker of the app. `restart()` replaces a crashed or wedged worker. */
export class EngineClient {
  private worker: Worker | null = null;
  private remote: Engine | null = null;

  constructor(private readonly onCrash: (message: string) => void = () => {}) {}

  get api(): Engine {
    if (!this.remote) this.start();
    return this.remote!;
  }

  private start(): void {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    });
    this.worker.addEventListener('error', (e) =>
      this.onCrash(e.message || 'the training worker crashed'),
    );
    this.remote = Comlink.wrap<EngineApi>(this.worker);
    // The worker resolves data URLs against the page, not against its own script location.
    const dataBaseUrl = new URL(`${import.meta.env.BASE_URL}data/`, location.href).href;
    void (
      this.remote as unknown as Comlink.Remote<{ configure(o: { dataBaseUrl: string }): void }>
    ).configure({
      dataBaseUrl,
    });
  }

  restart(): void {
    this.terminate();
    this.start();
  }

  terminate(): void {
    this.remote?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }
}

/** Wraps a callback so the worker can call it across the thread boundary. */
export const proxyCallback = <T extends (...args: never[]) => unknown>(fn: T): T =>
  Comlink.proxy(fn);
