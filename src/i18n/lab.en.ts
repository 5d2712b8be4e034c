import { vitGranularityEn } from './vit.en';
/** English texts of the compression lab (parameters, options and the lab view). */

export const compressParamsEn = {
  prune: {
    sparsity: {
      label: 'Sparsity',
      help: 'Fraction of weights (or whole units) removed. Drag to preview; release to measure on the full test set.',
    },
    method: {
      label: 'Pruning score',
      help: 'How weights are ranked before the lowest go: size, chance, or their effect on the loss.',
    },
    granularity: {
      label: 'Granularity',
      help: 'Single weights (sparse matrix), whole units (the layer really shrinks), or 2 of every 4 weights (hardware-friendly).',
    },
    scope: {
      label: 'Scope',
      help: 'One threshold across the network (layers end up unequally sparse) or the same fraction in every layer.',
    },
    schedule: {
      label: 'Schedule',
      help: 'Cut once, cut in rounds with fine-tuning between them, or prune little by little while training.',
    },
    exclude: {
      label: 'Output layer',
      help: 'The output layer has few weights and each matters a lot: usually it is left dense.',
    },
    rounds: {
      label: 'Rounds',
      help: 'How many cut-and-fine-tune rounds the iterative schedule takes.',
    },
    at: {
      label: 'Score which weights',
      help: 'The trained weights, or the initial ones: then the masked network trains from scratch (SynFlow, SNIP).',
    },
    retrainEpochs: {
      label: 'Retrain epochs',
      help: "Training after rewind, re-init or prune-at-init, per round; empty = the model's own epochs.",
    },
    finetuneEpochs: {
      label: 'Fine-tuning epochs',
      help: 'Recovery training after the cut; 0 means none (used by the Apply buttons).',
    },
    init: {
      label: 'Train the survivors from',
      help: 'Their trained values, their initial values (lottery ticket), or fresh random values (the control).',
    },
  },
  quant: {
    bits: {
      label: 'Bits per weight',
      help: 'Fewer bits, fewer possible values. 32 means no quantization.',
    },
    scheme: {
      label: 'Quantization scheme',
      help: 'Symmetric around zero, or with a zero point that fits a lopsided range.',
    },
    granularity: {
      label: 'Scale per',
      help: 'One scale for a whole layer, or one per output unit (more accurate, a few more bytes).',
    },
    mode: {
      label: 'Quantization method',
      help: 'Round after training, train with rounding in the loop (QAT), or share weights through a k-means codebook.',
    },
    epochs: {
      label: 'Quantization epochs',
      help: 'Epochs of quantization-aware training, or of codebook fine-tuning for k-means.',
    },
    pqBlock: {
      label: 'PQ block',
      help: 'Weights per sub-vector in product quantization; bits is then the index width per block.',
    },
    noise: {
      label: 'Quant-Noise rate',
      help: 'Share of weight blocks quantized in each training step; 1 is plain QAT, less keeps gradients honest.',
    },
  },
  lowrank: {
    rank: {
      label: 'Rank kept',
      help: 'Each layer W becomes P·Q with this fraction of its full rank; 100 % means off.',
    },
  },
  size: {
    coding: {
      label: 'Coding',
      help: 'Store codes and index gaps at a fixed width, or Huffman-code them as Deep Compression does.',
    },
  },
  target: {
    label: 'Compress',
    help: 'Which trained model the sliders act on.',
  },
};

export const compressOptionsEn = {
  prune: {
    method: {
      magnitude: 'Magnitude |w|',
      random: 'Random (baseline)',
      taylor: 'Taylor |w·∂L/∂w|',
      synflow: 'SynFlow (data-free)',
      wanda: 'Wanda |w|·‖x‖',
      'unit-l1': 'Unit L1 norm (neurons)',
      'unit-l2': 'Unit L2 norm (neurons)',
    },
    granularity: {
      ...vitGranularityEn,
      weight: 'Single weights',
      neuron: 'Whole units',
      '2:4': '2:4 (two of every four)',
    },
    scope: {
      global: 'Global',
      layer: 'Per layer',
    },
    schedule: {
      oneshot: 'One shot',
      iterative: 'Iterative',
      gradual: 'Gradual (Zhu & Gupta)',
    },
    exclude: {
      output: 'Keep dense',
      none: 'Prune it too',
    },
    init: {
      keep: 'Trained weights',
      rewind: 'Initial weights (rewind)',
      reinit: 'New random weights',
    },
    at: {
      trained: 'Trained weights',
      init: 'Initial weights (prune at init)',
    },
  },
  quant: {
    scheme: {
      symmetric: 'Symmetric',
      asymmetric: 'Asymmetric (zero point)',
    },
    granularity: {
      tensor: 'Whole layer',
      channel: 'Output unit',
    },
    mode: {
      ptq: 'Post-training (PTQ)',
      qat: 'Quantization-aware training (QAT)',
      kmeans: 'k-means weight sharing',
      pq: 'Product quantization (PQ)',
    },
  },
  size: {
    coding: {
      fixed: 'Fixed width',
      huffman: 'Huffman',
    },
  },
  target: {
    teacher: 'Teacher',
    student: 'Distilled student',
  },
};

export const labEn = {
  heading: 'Compress it',
  intro:
    'Prune, quantize or factorise the trained model and watch accuracy against its real encoded size. Drag for a quick preview; release to measure on the whole test set and add a point to the chart.',
  bitsOff: '32 (off)',
  bitsValue: '{{bits}} bits',
  rankOff: '100 % (off)',
  pruneOptions: 'Pruning options',
  quantOptions: 'Quantization options',
  sizeOptions: 'Storage options',
  trainingOptions: 'Used by the Apply buttons',
  outputExcluded: 'The output layer is excluded: it stays dense, whatever the sparsity.',
  outputPruned: 'The output layer is pruned like the others.',
  measuring: 'Measuring…',
  needTarget: {
    teacher: 'Train the teacher first; then the sliders compress it.',
    student: 'Train the students first; then the sliders compress the distilled student.',
  },
  onPreview: 'preview on {{count}} validation examples',
  onTest: 'full test set, {{count}} examples',
  accuracy: 'Compressed accuracy',
  vsDense: '{{pp}} pp vs dense',
  size: 'Encoded size',
  ratio: '{{ratio}}× smaller than float32',
  sparsity: 'Sparsity',
  bits: 'Bits',
  params: 'Non-zero parameters',
  forms: {
    preview: 'Preview',
    commit: 'Measured',
    full: 'Trained',
  },
  running: {
    full: 'Compressing with training…',
    sensitivity: 'Scanning each layer…',
    sparseVsDense: 'Training the small dense model…',
    latency: 'Timing every way to run it…',
    latencyStudy: 'Timing each sparsity…',
  },
  fullHeading: 'Recover accuracy with training',
  fullIntro:
    'These train in the background with the settings above and add their point to the chart when done.',
  full: {
    finetune: 'Apply with fine-tuning',
    schedule: 'Apply with schedule',
    qat: 'Apply with QAT',
    kmeans: 'Apply with k-means',
  },
  fullHelp: {
    finetune: 'Cut, then retrain the surviving weights for a few epochs.',
    schedule: 'Cut in rounds, fine-tuning after each (stable at high sparsity).',
    qat: 'Train with fake-quantized weights (straight-through estimator).',
    kmeans: 'Share weights through a k-means codebook, then fine-tune the centroids.',
  },
  blockers: {
    'needs-sparsity': 'Set a sparsity above 0 first.',
    'needs-bits': 'Choose fewer than 32 bits first.',
  },
  paretoHeading: 'Accuracy vs size',
  paretoEmpty: 'Points appear here when you release a slider.',
  paretoNote:
    'Up and to the left is better. The line joins the points nothing beats. Click a point to restore its settings.',
  pointLabel: '{{accuracy}} at {{size}}: restore these settings',
  sizeAxis: 'Encoded size (log scale)',
  committed: 'Committed points',
  frontier: 'Pareto frontier',
  livePoint: 'Current',
  denseTeacher: 'Dense teacher',
  denseStudent: 'Dense student',
  clickToRestore: 'Click to restore these settings.',
  techniques: {
    prune: 'Pruned',
    quantize: 'Quantized',
    lowrank: 'Low-rank',
    combined: 'Combined',
    dense: 'Dense',
  },
  inspect: {
    heading: 'Inside the compressed model',
    none: 'Compress a trained model to look inside it.',
    failed: 'Could not inspect the model: {{message}}',
    layer: 'Layer',
    layerSparsity: 'Sparsity per layer',
    layerLine: '{{sparsity}} gone · {{kept}} of {{weights}} kept · {{bits}}',
    size: 'Where the bytes go',
    compressed: 'Compressed',
    denseFp32: 'Dense float32',
    sizeAria: 'Encoded size split into values, positions, scales, codebook and overhead',
    parts: {
      values: 'Values',
      positions: 'Positions',
      scales: 'Scales',
      codebook: 'Codebook',
      overhead: 'Headers + biases',
    },
    sizeSummary: '{{total}} against {{dense}} as float32: {{ratio}}× smaller.',
    positionEncoding: {
      dense: 'No layer is sparse, so no positions are stored.',
      bitmask: 'Positions are stored as a bitmask (one bit per weight).',
      relative: 'Positions are stored as gaps between non-zeros (relative indices).',
      mixed: 'Positions: some layers use a bitmask, others relative indices, whichever is smaller.',
    },
    huffmanSaving: 'Huffman coding saved {{bytes}}.',
    histogram: 'Weight histogram',
    histogramAria: 'Weights of {{layer}}: {{zeros}} exactly zero, {{levels}} quantization levels',
    zeros: 'zeros: {{count}} ({{share}})',
    histogramNote:
      'Bars: the compressed weights; outline: before. The red spike at zero is what pruning removed.',
    levelsNote:
      'Quantized: every weight now takes one of {{count}} values, drawn as one bar per level; outline: before.',
    picture: 'Weights as pictures',
    showDense: 'Show before compression',
    fieldsAria: 'Receptive fields of the first {{count}} units',
    heatmapAria: 'Heatmap of {{units}} units by {{inputs}} inputs',
    fieldsNote:
      'The first {{count}} units of the first layer, each as a 28×28 image of its input weights. Grey pixels are pruned.',
    heatmapNote:
      'Rows are units, columns inputs (the first {{units}} × {{inputs}}). Grey is pruned: whole rows for units, scattered dots for weights, a regular stipple for 2:4.',
    negative: 'Negative',
    positive: 'Positive',
    pruned: 'Pruned',
    confusion: 'Confusion matrix (compressed)',
    confusionCaption: 'Rows are true classes, columns predicted classes.',
    trueVsPredicted: 'true ↓ predicted →',
    cellTitle: '{{truth}} predicted as {{predicted}}: {{count}} ({{change}} vs dense)',
    newlyWrong: 'What compression broke',
    noneWrong: 'No test example that the dense model got right is wrong now.',
    newlyWrongCount:
      '{{count}} test examples the dense model got right are now wrong. The first ones:',
    wasNow: '{{truth}}, now predicted {{predicted}}',
    boundary: 'Decision boundary',
    boundaryDense: 'Dense',
    boundaryCompressed: 'Compressed',
    boundaryChanged: 'The prediction changed on {{share}} % of the plane.',
  },
  sensitivity: {
    heading: 'Layer sensitivity',
    intro:
      'Each layer is pruned alone (the others stay dense) over a range of sparsities: some layers tolerate far more pruning than others.',
    run: 'Scan each layer',
    xAxis: 'Sparsity of that layer',
  },
  sparseVsDense: {
    heading: 'Large sparse or small dense?',
    intro:
      'Same number of non-zero weights, two ways: prune the large model, or train a narrower dense model from scratch with the same budget.',
    run: 'Compare at {{sparsity}} sparsity',
    caption: 'Both have {{count}} non-zero weights.',
    arch: 'Architecture',
    largeSparse: 'Large, pruned ({{sparsity}})',
    smallDense: 'Small, dense',
    sparseWins: 'The large sparse model is {{pp}} pp more accurate.',
    denseWins: 'The small dense model is {{pp}} pp more accurate.',
    tie: 'Both are equally accurate.',
  },
};
