import { vitPresetsEn } from './vit.en';
import { modelFileEn } from './modelFile.en';
import { speedEn } from './speed.en';
import { backendRaceEn } from './backendRace.en';
import { lessonRunEn } from './lessonRun.en';
import { lessonSpeedRunEn, smallerFasterEn } from './lessonSpeed.en';
import { headsEn } from './lessonHeads.en';
import { sweepEn } from './sweep.en';
import { vit2En } from './vit2.en';
import { studentResultsEn } from './studentResults.en';
import { hardeningEn } from './hardening.en';
import { methodNoticeEn } from './methods.en';
import { splitParamsEn, splitsEn } from './splits.en';
import { owndataEn } from './owndata.en';
import { workbenchEn } from './workbench.en';
import { classroomEn, lessonsEn } from './classroom.en';
import { runsEn, shareEn } from './runs.en';
import { compressParamsEn, compressOptionsEn, labEn } from './lab.en';

/**
 * English messages. `ko.ts` has exactly the same keys (a test checks it). Parameter texts sit
 * under `params.<dotted key>`, so a control finds its label from the PARAMS key alone.
 */
export const en = {
  sweep: sweepEn,
  vit2: vit2En,
  studentResults: studentResultsEn,
  hardening: hardeningEn,
  methodNotice: methodNoticeEn,
  splits: splitsEn,
  speed: speedEn,
  backendRace: backendRaceEn,
  owndata: owndataEn,
  lessonRun: lessonRunEn,
  lessonSpeedRun: lessonSpeedRunEn,
  workbench: workbenchEn,
  modelFile: modelFileEn,
  app: {
    title: 'Compression Lab',
    tagline: 'Train a neural network in your browser, then make it small.',
    controlsHeading: 'Experiment settings',
    resultsHeading: 'Training and results',
  },
  nav: {
    label: 'Parts of the page',
    data: 'Data',
    training: 'Training',
    students: 'Students',
    lab: 'Compress',
    runs: 'Saved runs',
  },
  language: {
    label: 'Language',
    en: 'English',
    ko: '한국어',
  },
  backend: {
    label: 'Compute backend',
    starting: 'Starting the engine…',
    failed: 'No backend: {{reason}}',
    software: 'software, slow',
    unavailable: '{{name}} — {{other}} unavailable: {{reason}}',
    detailsTitle: 'How the backend was chosen',
    firstChoice: '{{name}} worked on the first try.',
    fallbackItem: '{{name}}: {{reason}}',
    softwareBadge: '{{name}} — chosen over a software GPU ({{adapter}}), which is slower',
    softwareSkipped:
      '{{name}}: skipped — the only GPU here is a software one ({{adapter}}), and WebAssembly is faster on it',
    adapter: 'GPU adapter: {{adapter}}',
    names: {
      webgpu: 'WebGPU',
      webgl: 'WebGL',
      wasm: 'WASM',
      cpu: 'CPU',
    },
  },
  notice: {
    title: 'Some settings in this link were not used',
    item: '{{key}} = “{{value}}”: {{reason}} — using {{used}} instead.',
    itemIgnored: '{{key}} = “{{value}}”: {{reason}} — ignored.',
    empty: '(empty)',
    dismiss: 'Dismiss',
  },
  dataset: {
    heading: 'Data',
    samplesHeading: 'Examples from the test set',
    loading: 'Loading examples…',
    loadFailed: 'Could not load examples: {{message}}',
    pointsCaption: '{{count}} points, coloured by class',
    legend: 'Classes',
    sampleLabel: 'Example {{index}}: {{name}}',
    names: {
      mnist: 'MNIST — handwritten digits',
      'fashion-mnist': 'Fashion-MNIST — clothing',
      spiral: 'Spiral — three interleaved arms',
      circles: 'Circles — one ring inside another',
      xor: 'XOR — four quadrants',
      gaussians: 'Gaussians — overlapping blobs',
    },
  },
  classNames: {
    spiral: { c0: 'arm 1', c1: 'arm 2', c2: 'arm 3' },
    circles: { c0: 'inner', c1: 'outer' },
    xor: { c0: 'same sign', c1: 'opposite sign' },
    gaussians: { c0: 'blob 1', c1: 'blob 2', c2: 'blob 3', c3: 'blob 4' },
    'fashion-mnist': {
      c0: 'T-shirt/top',
      c1: 'Trouser',
      c2: 'Pullover',
      c3: 'Dress',
      c4: 'Coat',
      c5: 'Sandal',
      c6: 'Shirt',
      c7: 'Sneaker',
      c8: 'Bag',
      c9: 'Ankle boot',
    },
  },
  teacher: {
    heading: 'Teacher network',
    archPreset: 'Architecture',
    archCustom: 'Custom…',
    archCustomLabel: 'Custom architecture',
    archInvalid:
      '“{{value}}” is not an architecture the lab understands (e.g. mlp:300-100 or cnn:8-16).',
    presets: {
      ...vitPresetsEn,
      'mlp:300-100': 'MLP 300-100 (classic, ~266k weights)',
      'mlp:100': 'MLP 100 (one hidden layer)',
      'mlp:32': 'MLP 32 (tiny)',
      'cnn:8-16': 'CNN 8-16 (convolutions; slow without a GPU)',
    },
  },
  params: {
    ...compressParamsEn,
    ...splitParamsEn,
    dataset: {
      label: 'Dataset',
      help: 'What the network learns to classify.',
    },
    trainSize: {
      label: 'Training examples',
      help: 'Fewer examples train faster but the model learns less.',
    },
    seed: {
      label: 'Random seed',
      help: 'The same seed gives the same starting weights and data order: a run can be repeated exactly.',
    },
    backend: {
      label: 'Backend',
      help: 'Where the maths runs. Auto times a few training steps of the teacher on WebGPU, WebGL and WASM (about a second) and picks the fastest, remembered for this browser.',
    },
    teacher: {
      arch: {
        label: 'Architecture',
        help: 'Layer sizes: mlp:300-100 means two hidden layers of 300 and 100 units.',
      },
      epochs: {
        label: 'Epochs',
        help: 'How many times training passes over all the examples.',
      },
    },
    student: {
      arch: {
        label: 'Student architecture',
        help: 'The small model that learns from the teacher, e.g. mlp:30.',
      },
      epochs: {
        label: 'Student epochs',
        help: 'Passes over the transfer set; the scratch student gets the same budget.',
      },
      trainSize: {
        label: 'Student training examples',
        help: "Examples the student learns from; leave empty to use the teacher's number.",
      },
      omitClass: {
        label: 'Class left out of the students’ examples',
        help: 'Hinton’s omitted digit: neither student sees an example of this class; the results then say how many test examples of it each recognises, before and after raising its output bias. Empty keeps every class.',
      },
    },
    distill: {
      temperature: {
        label: 'Temperature T',
        help: "Softens the teacher's outputs so the student sees which wrong answers are nearly right.",
      },
      alpha: {
        label: 'Soft-target weight α',
        help: "Share of the loss from the teacher's soft targets; the rest comes from the true labels.",
      },
      hidden: {
        label: 'Hidden-layer matching weight',
        help: "Also pull the student's last hidden layer towards the teacher's (cosine, through a learned projection). 0 = off.",
      },
      attention: {
        label: 'Attention-map matching weight',
        help: "Vision transformers only: also pull the student's attention maps (averaged over heads) towards the teacher's, block by block (TinyBERT). Both need the same patch size. 0 = off.",
      },
    },
    train: {
      lr: {
        label: 'Learning rate',
        help: 'Step size of the Adam optimiser: too large diverges, too small crawls.',
      },
      batchSize: {
        label: 'Batch size',
        help: 'Examples averaged in one update step.',
      },
    },
  },
  options: {
    ...compressOptionsEn,
    backend: {
      auto: 'Auto (best available)',
      webgpu: 'WebGPU',
      webgl: 'WebGL',
      wasm: 'WASM',
      cpu: 'CPU (plain JavaScript)',
    },
  },
  training: {
    trainTeacher: 'Train teacher',
    trainStudent: 'Train students',
    stop: 'Stop',
    progressLabel: 'Training progress',
    idle: 'Not started yet.',
    stopped: 'Stopped.',
    epochOf: 'Epoch {{epoch}} of {{epochs}}',
    eta: 'about {{eta}} left',
    speed: '{{rate}} examples/s',
    phases: {
      'loading-data': 'Loading data…',
      initialising: 'Preparing the model…',
      training: 'Training',
      evaluating: 'Measuring accuracy on the test set…',
      done: 'Done',
    },
  },
  charts: {
    lossHeading: 'Training loss',
    accuracyHeading: 'Accuracy',
    epochAxis: 'Epoch',
    loss: 'Training loss',
    trainAccuracy: 'Training accuracy',
    previewAccuracy: 'Validation accuracy (per epoch)',
    empty: 'Curves appear here while the teacher trains.',
    lossSummary: 'Training loss over {{count}} reports, from {{first}} to {{last}}.',
    accuracySummary:
      'Training accuracy ended at {{train}}; validation accuracy {{preview}} after epoch {{epoch}}.',
    accuracySummaryNoEpoch: 'Training accuracy ended at {{train}}; no epoch finished yet.',
    tableCaption: 'Accuracy per epoch',
    tableEpoch: 'Epoch',
    tableLoss: 'Loss',
    tableTrain: 'Training accuracy',
    tablePreview: 'Validation accuracy',
  },
  result: {
    heading: 'Teacher result',
    accuracy: 'Test accuracy',
    params: 'Parameters',
    size: 'Size (dense float32)',
    exactBytes: '{{bytes}} bytes',
    time: 'Training time',
    backend: 'Backend used',
    none: 'Train the teacher to see its accuracy and size.',
  },
  distill: {
    heading: 'Student (distillation)',
    intro:
      'A small student learns from the teacher’s softened outputs. A scratch student with the same size and budget learns from the labels alone, for comparison.',
    trainSize: 'Same as teacher',
    omitClass: 'None',
    chartHeading: 'Teacher probabilities',
    chartIntro:
      'Raising T spreads the teacher’s probability over the wrong classes: that is the “dark knowledge” the student learns from.',
    needTeacher: 'Train the teacher to see its probabilities.',
    loading: 'Loading examples…',
    loadFailed: 'Could not load examples: {{message}}',
    noExamples: 'No examples available.',
    example: 'Example',
    kinds: {
      confident: 'confident',
      ambiguous: 'ambiguous',
      misclassified: 'misclassified',
    },
    exampleOption: '{{kind}} — #{{index}}, label {{label}}, predicted {{predicted}}',
    atT: 'T = {{temp}}',
    entropy: 'entropy {{value}} nats',
    classAxis: 'Class',
    probability: 'Probability',
    smallMultiples: 'The same example at T = 1, 2, 3 and 6',
    listItem: 'class {{name}}: {{p}}',
    listCaption: 'Probabilities at T = {{temp}}',
    resultsHeading: 'Distillation results',
    resultsNone: 'Train the students to compare them with the teacher.',
    curvesHeading: 'Students learning: validation accuracy per epoch',
    curvesSummary:
      'After epoch {{epoch}}: distilled student {{student}}, scratch student {{scratch}}.',
    model: 'Model',
    accuracy: 'Test accuracy',
    params: 'Parameters',
    bytes: 'Size',
    teacher: 'Teacher',
    scratch: 'Scratch student (labels only)',
    distilled: 'Distilled student',
    gained: 'Distillation gained {{pp}} pp over the scratch student.',
    lost: 'Distillation lost {{pp}} pp against the scratch student.',
    same: 'Distillation made no difference in accuracy.',
  },
  lessons: { ...lessonsEn, smallerFaster: smallerFasterEn, heads: headsEn },
  classroom: classroomEn,
  share: shareEn,
  runs: runsEn,
  lab: labEn,
  errors: {
    heading: 'Something went wrong',
    dismiss: 'Dismiss',
    workerCrashed: 'The training worker stopped unexpectedly: {{message}}',
  },
  faults: {
    heading: 'What happened',
    dismiss: 'Dismiss',
    deviceLost:
      'The GPU stopped working ({{reason}}). Training moved to {{to}} and the interrupted run started again from the beginning; results you already had are kept.',
    deviceLostNoBackend:
      'The GPU stopped working ({{reason}}) and no other backend could start. Reload the page to try again.',
    workerRestartedRun:
      'The training worker stopped in the middle of a run ({{reason}}). A fresh worker was started: your settings and results are kept, but the interrupted run (and any model it needs, such as the teacher) has to be trained again.',
    workerRestarted:
      'The training worker stopped ({{reason}}). A fresh worker was started; your settings and results are kept.',
    memoryRefused:
      'Not started: this run would need about {{total}} of memory, more than the {{budget}} allowed on {{backend}}.',
    memoryTensor:
      'Not started: its largest tensor would need {{tensor}}, more than the {{limit}} this GPU accepts in one buffer.',
    memoryBreakdown:
      'Weights {{weights}}, Adam state {{optimizer}}, gradients {{gradients}}, activations for a batch of {{batch}} {{activations}}, data {{data}}.',
    memorySuggest: 'The nearest setting that fits: {{key}} = {{value}}.',
    memoryApply: 'Use {{key}} = {{value}}',
    memoryNoSuggestion: 'Choose a smaller architecture or batch size.',
  },
  footer: {
    tensors: 'Tensors in the worker: {{count}}',
    tensorsUnknown: 'Tensors in the worker: —',
  },
};

/** The shape every catalogue has: same keys as `en`, string leaves. */
export type Catalogue = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
