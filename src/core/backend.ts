import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export const BACKEND_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_ORDER)[number];
export type BackendRequest = BackendName | 'auto';

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

let wasmPathsSet = false;

export function configureWasm(paths: WasmPaths): void {
  if (wasmPathsSet) return;
  wasmPathsSet = true;
  if ('prefix' in paths) setWasmPaths(paths.prefix);
  else setWasmPaths(paths);
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

/** Initialises the first backend of the request's order that works, and says why others did not. */
export async function initBackend(
  requested: BackendRequest,
  /** Backends known to be broken in this process (e.g. a lost GPU device), with the reason. */
  unusable: ReadonlyMap<BackendName, string> = new Map(),
): Promise<BackendInfo> {
  const fallbacks: BackendInfo['fallbacks'] = [];
  const software = requested === 'auto' ? await softwareGpu() : null;
  for (const name of candidates(requested)) {
    // On a software adapter (no real GPU) the GPU backends emulate the GPU on the CPU and ran
    // the default teacher ~30x slower than wasm: `auto` never picks them there. An explicit
    // backend= still gets exactly what it asks for.
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
    if (!tf.findBackendFactory(name)) {
      fallbacks.push({ backend: name, reason: 'not available in this build' });
      continue;
    }
    try {
      if (
        name === 'webgpu' &&
        !(globalThis.navigator as unknown as { gpu?: unknown } | undefined)?.gpu
      ) {
        throw new Error('WebGPU is not available here (navigator.gpu is missing)');
      }
      const ok = await tf.setBackend(name);
      if (!ok) throw new Error('initialisation failed');
      await tf.ready();
      const adapter =
        name === 'webgpu' ? await describeAdapter() : { adapter: null, isFallbackAdapter: false };
      const limit = webgpuDevice()?.limits.maxStorageBufferBindingSize;
      return { name, ...adapter, fallbacks, ...(limit ? { maxBindingBytes: limit } : {}) };
    } catch (e) {
      fallbacks.push({ backend: name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(
    `No backend could be initialised: ${fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`,
  );
}
