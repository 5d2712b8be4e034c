import * as tf from '@tensorflow/tfjs';
import { BACKEND_ORDER, RACED_BACKENDS } from './backendNames';
import type { BackendName, BackendRequest } from './backendNames';
import {
  pickWinner,
  RACE_BUDGET_MS,
  raceModelLabel,
  timeTrainingSteps,
  type BackendRace,
  type RaceEntry,
  type RaceModel,
} from './backendRace';

export { BACKEND_ORDER } from './backendNames';
export type { BackendName, BackendRequest } from './backendNames';

export interface BackendInfo {
  /** The backend actually in use. */
  name: BackendName;
  /** GPU adapter description where the browser tells it (e.g. "SwiftShader"), else null. */
  adapter: string | null;
  /** True for software adapters such as SwiftShader: correct, but slow. */
  isFallbackAdapter: boolean;
  /** Backends tried before `name`, and why each failed. Empty when the first choice worked. */
  /** `softwareAdapter`: skipped by `auto` because the only GPU is this software adapter (the UI
   * words that itself, in the learner's language). */
  fallbacks: { backend: BackendName; reason: string; softwareAdapter?: string }[];
  /** WebGPU's largest buffer one kernel may bind (bytes); the memory check refuses bigger
   * tensors. Absent on other backends. */
  maxBindingBytes?: number;
  /** `auto`'s calibration race (or the remembered one) that chose `name`. */
  race?: BackendRace;
}

/** The WebGPU backend's GPUDevice (tfjs-backend-webgpu keeps it as `device`), or null. */
export function webgpuDevice(): {
  lost: Promise<{ reason?: string; message?: string }>;
  limits: { maxStorageBufferBindingSize: number };
  destroy(): void;
} | null {
  if (tf.getBackend() !== 'webgpu') return null;
  const device = (tf.backend() as unknown as { device?: unknown }).device;
  return (device as ReturnType<typeof webgpuDevice>) ?? null;
}

/** Where the three wasm binaries live: URLs in the browser (Vite `?url` imports), a directory
 * prefix in Node. Set once per process, before the wasm backend is first initialised. */
export type WasmPaths =
  | { prefix: string }
  | {
      'tfjs-backend-wasm.wasm': string;
      'tfjs-backend-wasm-simd.wasm': string;
      'tfjs-backend-wasm-threaded-simd.wasm': string;
    };

/** Where the wasm binaries are, applied when the wasm backend is first loaded. Module state:
 * a process has one set of binaries and one tfjs engine to register them with. */
let wasmPaths: WasmPaths | null = null;

export function configureWasm(paths: WasmPaths): void {
  wasmPaths ??= paths;
}

/**
 * WebGPU and wasm are loaded on first use (their own chunks: a page that trains on wasm never
 * downloads the WebGPU backend, and the reverse); WebGL and CPU come with tfjs itself. Each
 * import registers its backend with tfjs once; later calls reuse the settled promise.
 */
const loaders: Partial<Record<BackendName, () => Promise<void>>> = {
  webgpu: once(async () => {
    await import('@tensorflow/tfjs-backend-webgpu');
  }),
  wasm: once(async () => {
    const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
    if (wasmPaths) {
      if ('prefix' in wasmPaths) setWasmPaths(wasmPaths.prefix);
      else setWasmPaths(wasmPaths);
    }
  }),
};

function once(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null; // a failed download may work on the next try
      throw e;
    });
    return loading;
  };
}

/** Loads (if lazy) and registers `name`; false when this build or runtime lacks it. */
async function loadBackend(name: BackendName): Promise<boolean> {
  await loaders[name]?.();
  return tf.findBackendFactory(name) !== null && tf.findBackendFactory(name) !== undefined;
}

function candidates(requested: BackendRequest): BackendName[] {
  if (requested === 'auto') return [...BACKEND_ORDER];
  // A specific request still falls back, in the usual order, to what comes after it.
  const rest = BACKEND_ORDER.filter((b) => b !== requested);
  return [requested, ...rest.slice(BACKEND_ORDER.indexOf(requested))];
}

async function describeAdapter(): Promise<{ adapter: string | null; isFallbackAdapter: boolean }> {
  const gpu = (
    globalThis.navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined
  )?.gpu;
  if (!gpu) return { adapter: null, isFallbackAdapter: false };
  try {
    const a = (await gpu.requestAdapter()) as {
      info?: { vendor?: string; architecture?: string; description?: string; device?: string };
      isFallbackAdapter?: boolean;
    } | null;
    if (!a) return { adapter: null, isFallbackAdapter: false };
    const info = a.info ?? {};
    const parts = [info.description, info.vendor, info.architecture, info.device].filter(
      (s) => !!s,
    );
    const fallback = a.isFallbackAdapter === true || /swiftshader/i.test(parts.join(' '));
    const name = parts.length > 0 ? parts.join(' ') : fallback ? 'SwiftShader' : 'unknown adapter';
    return {
      adapter: /swiftshader/i.test(name) ? `SwiftShader (${name})` : name,
      isFallbackAdapter: fallback,
    };
  } catch {
    return { adapter: null, isFallbackAdapter: false };
  }
}

/** The software adapter's name when the only GPU adapter is one (SwiftShader), else null. */
async function softwareGpu(): Promise<string | null> {
  const { adapter, isFallbackAdapter } = await describeAdapter();
  return isFallbackAdapter ? (adapter ?? 'software') : null;
}

/** Starts `name` as tfjs's backend, or throws saying why it cannot. */
async function startBackend(name: BackendName): Promise<void> {
  if (name === 'webgpu' && !(globalThis.navigator as unknown as { gpu?: unknown } | undefined)?.gpu)
    throw new Error('WebGPU is not available here (navigator.gpu is missing)');
  if (!(await loadBackend(name))) throw new Error('not available in this build');
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error('initialisation failed');
  await tf.ready();
}

/** The running backend as BackendInfo (adapter and binding limit for WebGPU). */
async function describeRunning(
  name: BackendName,
  fallbacks: BackendInfo['fallbacks'],
): Promise<BackendInfo> {
  const adapter =
    name === 'webgpu' ? await describeAdapter() : { adapter: null, isFallbackAdapter: false };
  const limit = webgpuDevice()?.limits.maxStorageBufferBindingSize;
  return { name, ...adapter, fallbacks, ...(limit ? { maxBindingBytes: limit } : {}) };
}

/** The WebGL renderer when it is a software one (SwiftShader, llvmpipe), else undefined. */
function softwareWebgl(): string | undefined {
  try {
    const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : '';
    if (/swiftshader/i.test(renderer)) return 'SwiftShader';
    return /llvmpipe|software/i.test(renderer) ? renderer : undefined;
  } catch {
    return undefined;
  }
}

/** Options of `auto`: race on this model, or reuse a race remembered for this device. */
export interface AutoOptions {
  race: RaceModel;
  /** The last race the app stored; reused when its deviceKey matches this device's. */
  remembered?: BackendRace | null;
}

/** The order contenders run in (see raceForAuto); entries are listed in RACED_BACKENDS order. */
const RACE_ORDER: readonly BackendName[] = ['wasm', 'webgl', 'webgpu'];

/** Browser and GPU adapter: a remembered race is only valid where these are the same. */
async function deviceKey(): Promise<string> {
  const nav = globalThis.navigator as
    { userAgent?: string; hardwareConcurrency?: number } | undefined;
  const { adapter } = await describeAdapter();
  return [
    nav?.userAgent ?? 'no user agent',
    `${nav?.hardwareConcurrency ?? '?'} threads`,
    adapter ?? 'no WebGPU adapter',
  ].join(' | ');
}

/**
 * `auto`: a few training steps of the actual model on each backend that starts (WebGPU, WebGL,
 * wasm), and the fastest wins — a software GPU only if it is faster, never because of its
 * name. Each contender gets an equal, fixed share of RACE_BUDGET_MS (half for its warm-up step,
 * half for timed steps), so a slow one cannot eat the others' time; start-ups and a step that
 * blocks the thread (WebGL compiling its shaders) come on top, and the race reports its whole
 * wall time. wasm runs first: a software
 * GPU emulated on the CPU may still be finishing an abandoned step afterwards, and must not slow
 * the CPU's measurement. A race remembered for this device is reused without racing.
 */
async function raceForAuto(
  options: AutoOptions,
  unusable: ReadonlyMap<BackendName, string>,
): Promise<BackendInfo> {
  const t0 = performance.now();
  const key = await deviceKey();
  const remembered = options.remembered;
  if (remembered && remembered.deviceKey === key && !unusable.has(remembered.winner)) {
    try {
      await startBackend(remembered.winner);
      const info = await describeRunning(remembered.winner, []);
      return { ...info, race: { ...remembered, remembered: true } };
    } catch {
      // The remembered winner no longer starts (a driver change): race again.
    }
  }
  const contenders = RACE_ORDER.filter((b) => !unusable.has(b));
  const share = RACE_BUDGET_MS / (2 * Math.max(1, contenders.length));
  const entries: RaceEntry[] = RACED_BACKENDS.filter((b) => unusable.has(b)).map((b) => ({
    backend: b,
    msPerStep: null,
    steps: 0,
    outcome: 'failed',
    reason: unusable.get(b),
  }));
  for (const name of contenders) {
    try {
      await startBackend(name);
      const software =
        name === 'webgpu' ? await softwareGpu() : name === 'webgl' ? softwareWebgl() : undefined;
      const timed = await timeTrainingSteps(options.race, share);
      entries.push({
        backend: name,
        ...timed,
        ...(software != null ? { softwareAdapter: software } : {}),
        shareMs: Math.round(2 * share),
      });
    } catch (e) {
      entries.push({
        backend: name,
        msPerStep: null,
        steps: 0,
        outcome: 'failed',
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }
  entries.sort((a, b) => RACED_BACKENDS.indexOf(a.backend) - RACED_BACKENDS.indexOf(b.backend));
  const winner = pickWinner(entries);
  // Nothing raced could even start: the plain order (ending on cpu) says why.
  if (winner === null) return initBackend('cpu', unusable);
  await startBackend(winner);
  const info = await describeRunning(winner, []);
  const race: BackendRace = {
    entries,
    winner,
    model: raceModelLabel(options.race),
    budgetMs: RACE_BUDGET_MS,
    elapsedMs: Math.round(performance.now() - t0),
    deviceKey: key,
    remembered: false,
  };
  return { ...info, race };
}

/**
 * Initialises the backend for `requested`. `auto` with a model races the backends (see
 * raceForAuto); otherwise the first backend of the request's order that works, saying why
 * the others did not.
 */
export async function initBackend(
  requested: BackendRequest,
  /** Backends known to be broken in this process (e.g. a lost GPU device), with the reason. */
  unusable: ReadonlyMap<BackendName, string> = new Map(),
  auto?: AutoOptions,
): Promise<BackendInfo> {
  if (requested === 'auto' && auto) return raceForAuto(auto, unusable);
  const fallbacks: BackendInfo['fallbacks'] = [];
  // Without a model to race (benchmarks), `auto` still never starts a software GPU.
  const software = requested === 'auto' ? await softwareGpu() : null;
  for (const name of candidates(requested)) {
    // On a software adapter (no real GPU) the GPU backends emulate the GPU on the CPU and ran
    // the default teacher ~30x slower than wasm. An explicit backend= gets what it asks for.
    if (software !== null && (name === 'webgpu' || name === 'webgl')) {
      fallbacks.push({
        backend: name,
        reason: `software GPU adapter (${software}): wasm is faster`,
        softwareAdapter: software,
      });
      continue;
    }
    const broken = unusable.get(name);
    if (broken !== undefined) {
      fallbacks.push({ backend: name, reason: broken });
      continue;
    }
    try {
      await startBackend(name);
      return await describeRunning(name, fallbacks);
    } catch (e) {
      fallbacks.push({ backend: name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(
    `No backend could be initialised: ${fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`,
  );
}
