import * as tf from '@tensorflow/tfjs';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import { toCsr, transpose } from './kernels';
import type { OwnKernels } from './latency';

/**
 * Our dense and CSR kernels as WGSL compute shaders, for the WebGPU backend. One invocation per
 * output (unit r, example b), summing in f32 in ascending input order; the CSR shader only skips
 * zeros, so the two agree bit for bit (adding 0·x changes no f32 sum). Bias and ReLU are fused
 * into both, as tfjs fuses them into its matmul.
 */
const COMMON = /* wgsl */ `
struct Dims { rows: u32, cols: u32, batch: u32, relu: u32 }
@group(0) @binding(0) var<uniform> dims: Dims;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
fn finish(i: u32, r: u32, s: f32) {
  var v = s + bias[r];
  if (dims.relu == 1u) { v = max(v, 0.0); }
  y[i] = v;
}
`;

export const DENSE_WGSL = /* wgsl */ `${COMMON}
@group(0) @binding(4) var<storage, read> w: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
  let i = id.x;
  if (i >= dims.rows * dims.batch) { return; }
  let r = i / dims.batch;
  let b = i % dims.batch;
  var s = 0.0;
  for (var c = 0u; c < dims.cols; c++) { s += w[r * dims.cols + c] * x[c * dims.batch + b]; }
  finish(i, r, s);
}
`;

export const CSR_WGSL = /* wgsl */ `${COMMON}
@group(0) @binding(4) var<storage, read> rowStart: array<u32>;
@group(0) @binding(5) var<storage, read> colIndex: array<u32>;
@group(0) @binding(6) var<storage, read> values: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
  let i = id.x;
  if (i >= dims.rows * dims.batch) { return; }
  let r = i / dims.batch;
  let b = i % dims.batch;
  var s = 0.0;
  for (var k = rowStart[r]; k < rowStart[r + 1u]; k++) { s += values[k] * x[colIndex[k] * dims.batch + b]; }
  finish(i, r, s);
}
`;

/** The GPUDevice tfjs-backend-webgpu runs on (sharing it avoids a second adapter). */
export function tfjsGpuDevice(): GPUDevice | null {
  if (tf.getBackend() !== 'webgpu') return null;
  return ((tf.backend() as unknown as { device?: GPUDevice }).device ?? null) as GPUDevice | null;
}

/** A storage buffer holding `data` (WebGPU refuses zero-size bindings: at least 4 bytes). */
function storage(device: GPUDevice, data: Float32Array | Uint32Array | Int32Array): GPUBuffer {
  const buffer = device.createBuffer({
    size: Math.max(4, data.byteLength),
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
  });
  if (data.byteLength > 0) device.queue.writeBuffer(buffer, 0, data as Float32Array<ArrayBuffer>);
  return buffer;
}

/**
 * Our kernels on the WebGPU device: the weights upload once; a forward pass uploads x, runs one
 * dispatch per layer in one command buffer and reads the logits back (what a caller waits for).
 */
export function wgslKernels(device: GPUDevice, model: ModelWeights): OwnKernels {
  const owned: GPUBuffer[] = [];
  const keep = (b: GPUBuffer) => (owned.push(b), b);
  const pipelines = {
    dense: device.createComputePipeline({
      layout: 'auto',
      compute: { module: device.createShaderModule({ code: DENSE_WGSL }), entryPoint: 'main' },
    }),
    sparse: device.createComputePipeline({
      layout: 'auto',
      compute: { module: device.createShaderModule({ code: CSR_WGSL }), entryPoint: 'main' },
    }),
  };
  const layers = model.layers.map((l) => {
    if (l.spec.kind !== 'dense') throw new Error('our kernels cover dense layers only');
    const { inputs, units, relu } = l.spec;
    const wT = transpose(l.weights, inputs, units);
    const csr = toCsr(wT, units, inputs);
    return {
      rows: units,
      cols: inputs,
      relu,
      bias: keep(storage(device, l.bias)),
      dense: [keep(storage(device, wT))],
      sparse: [
        keep(storage(device, Uint32Array.from(csr.rowStart))),
        keep(storage(device, Uint32Array.from(csr.colIndex))),
        keep(storage(device, csr.values)),
      ],
    };
  });
  const perBatch = new Map<
    number,
    {
      x: GPUBuffer;
      outs: GPUBuffer[];
      read: GPUBuffer;
      groups: Record<'dense' | 'sparse', GPUBindGroup[]>;
    }
  >();

  const buffersFor = (batch: number) => {
    let p = perBatch.get(batch);
    if (p) return p;
    const x = keep(
      device.createBuffer({
        size: layers[0].cols * batch * 4,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
      }),
    );
    const outs = layers.map((l) =>
      keep(
        device.createBuffer({
          size: l.rows * batch * 4,
          usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
        }),
      ),
    );
    const read = keep(
      device.createBuffer({
        size: layers[layers.length - 1].rows * batch * 4,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
    );
    const groups = { dense: [] as GPUBindGroup[], sparse: [] as GPUBindGroup[] };
    layers.forEach((l, i) => {
      const dims = keep(
        device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST }),
      );
      device.queue.writeBuffer(dims, 0, Uint32Array.from([l.rows, l.cols, batch, l.relu ? 1 : 0]));
      const input = i === 0 ? x : outs[i - 1];
      for (const kind of ['dense', 'sparse'] as const) {
        const extra = kind === 'dense' ? l.dense : l.sparse;
        groups[kind].push(
          device.createBindGroup({
            layout: pipelines[kind].getBindGroupLayout(0),
            entries: [dims, input, l.bias, outs[i], ...extra].map((buffer, binding) => ({
              binding,
              resource: { buffer },
            })),
          }),
        );
      }
    });
    p = { x, outs, read, groups };
    perBatch.set(batch, p);
    return p;
  };

  return {
    kind: 'wgsl',
    async forward(input, batch, kernel) {
      const { x, outs, read, groups } = buffersFor(batch);
      device.queue.writeBuffer(x, 0, input as Float32Array<ArrayBuffer>);
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipelines[kernel]);
      layers.forEach((l, i) => {
        pass.setBindGroup(0, groups[kernel][i]);
        pass.dispatchWorkgroups(Math.ceil((l.rows * batch) / 64));
      });
      pass.end();
      const last = outs[outs.length - 1];
      encoder.copyBufferToBuffer(last, 0, read, 0, last.size);
      device.queue.submit([encoder.finish()]);
      await read.mapAsync(GPUMapMode.READ);
      const out = new Float32Array(read.getMappedRange().slice(0));
      read.unmap();
      return out;
    },
    dispose() {
      for (const b of owned) b.destroy();
    },
  };
}

/** Our kernels for the backend in use: WGSL on the WebGPU device, else JS typed arrays. */
export function ownKernelsForBackend(): ((m: ModelWeights) => OwnKernels) | undefined {
  const device = tfjsGpuDevice();
  return device ? (m) => wgslKernels(device, m) : undefined;
}
