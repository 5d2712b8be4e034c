/** Texts of speed: the chart's x-axis choice, the timing panel and the latency study. ko twin:
 * speed.ko.ts. */
export const speedEn = {
  axisLabel: 'Chart x-axis',
  axes: {
    bytes: 'Size (bytes)',
    macs: 'Compute (MACs)',
    latency: 'Latency',
  },
  axisTitle: {
    bytes: 'Encoded size (log scale)',
    macs: 'Multiply–accumulates per example (log scale)',
    latency: 'Latency, batch 1, fastest way to run it, ms (log scale)',
  },
  untimed_one: '{{count}} point is not timed yet and is not drawn.',
  untimed_other: '{{count}} points are not timed yet and are not drawn.',
  pointMacs: '{{macs}} MACs',
  pointLatency: '{{ms}} ms ({{variant}}, {{backend}})',
  variants: {
    'tfjs-dense': 'tfjs, dense',
    structured: 'tfjs, physically smaller',
    'own-dense': 'our dense kernel',
    'own-sparse': 'our sparse kernel (CSR)',
  },
  heading: 'Smaller is not always faster',
  intro:
    'Bytes are not time. The same compressed model, run four ways on this device and backend: as a converter would give it to tfjs (dense floats), physically smaller where the structure allows, and with our own dense and sparse kernels written the same way, so "sparse wins" is told apart from "tfjs overhead". Each figure is the median of many timed runs after warm-up, all four interleaved.',
  time: 'Time this model (batch 1 and 256)',
  study: 'Latency study: sparsity 0–99 %',
  macs: 'Compute: {{macs}} MACs per example ({{dense}} if every weight were multiplied).',
  kernels: {
    js: 'Our kernels: JavaScript typed arrays on the CPU.',
    wgsl: 'Our kernels: WGSL compute shaders on the WebGPU device.',
  },
  tableCaption: 'Median ms per forward pass on {{backend}} (10th–90th percentile, runs)',
  variant: 'Way to run it',
  batch: 'Batch {{batch}}',
  cell: '{{p50}} ({{p10}}–{{p90}}, {{runs}})',
  fastest: 'Batch {{batch}}: fastest is {{fastest}}, {{times}}× faster than {{next}}.',
  stale: 'Measured for other settings: time it again.',
  refused: '{{variant}}: {{reason}}',
  studyCaption: 'Median ms per forward pass at each sparsity, batch {{batch}} (log scale)',
  sparsityAxis: 'Sparsity',
  crossover: 'Batch {{batch}}: our sparse kernel beats our dense one from {{sparsity}} sparsity.',
  crossoverNever: 'Batch {{batch}}: our sparse kernel never beats our dense one here.',
  beatsTfjs: 'It beats tfjs dense from {{sparsity}}.',
  beatsTfjsNever: 'It never beats tfjs dense here.',
};
