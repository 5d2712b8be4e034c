/**
 * The classroom's guided presets. Framework-free data: each lesson is a short list of steps, and
 * each step is a query-style set of config keys (the same text a link carries), so a step is
 * checked by the config codec like any link. Texts live in the i18n catalogues under
 * `lessons.<slug>`; `lessonTextKeys` lists every key a lesson uses, so a test can check them.
 */
import type { Claim, Quantity, StepRun } from './claims';
import { lessonHeads } from './lessonHeads';
import { lessonSpeed } from './lessonSpeed';

/** One step: the settings it applies, as `key=value&key=value` (dotted PARAMS keys), what it
 * runs, and the claim its result is checked against (see claims.ts). */
export interface LessonStep {
  readonly set: string;
  readonly run: StepRun;
  readonly expect: Claim;
}

export interface Lesson {
  /** 1-based; the `lesson=` of a link. */
  readonly id: number;
  /** Names the lesson's texts: `lessons.<slug>.title`, `.idea`, `.steps.s1.do`, ... */
  readonly slug: string;
  /** Settings every step of this lesson shares, applied before the step's own. */
  readonly base: string;
  /** Our own constant TeX, typeset with KaTeX. Never built from user or link text. */
  readonly formula: string;
  /** Rough seconds one training run of this lesson takes on a laptop (wasm), for the hint. */
  readonly seconds: number;
  readonly steps: readonly LessonStep[];
  /** Too slow for `npm test` on a shared CI machine: its claims are checked by
   * `npm run lessons:full` instead of the lessons suite. */
  readonly slow?: true;
}

/**
 * Small enough to train in seconds on a laptop's CPU (an e2e run with these numbers reaches
 * > 80 % on MNIST): 2,000 examples, a 100-unit teacher, 3 epochs.
 */
export const FAST_SETTINGS =
  'dataset=mnist&trainSize=2000&teacher.arch=mlp:100&teacher.epochs=3&train.lr=0.003&train.batchSize=64&student.arch=mlp:30&student.epochs=5';

/** Keys a lesson never changes: they describe the machine and the run, not the idea. */
export const KEPT_KEYS: readonly string[] = ['backend', 'seed'];

/** Claims, read aloud: "a − b is at least / at most value pp", or "a is at least value %". */
const gap = (
  a: Quantity,
  b: Quantity,
  op: Claim['op'],
  value: number,
  reference?: string,
): Claim => ({ figure: 'accuracy', a, b, op, value, ...(reference ? { reference } : {}) });
const accuracyAtLeast = (a: Quantity, value: number): Claim => ({
  figure: 'accuracy',
  a,
  op: '>=',
  value,
});
/** The step's model is at least `times` smaller than the same model with `reference` settings. */
const sizeRatio = (times: number, reference: string): Claim => ({
  figure: 'sizeRatio',
  a: 'compressed',
  b: 'reference',
  op: '>=',
  value: times,
  reference,
});

/** Seeds the lessons suite checks every claim on. */
export const CLAIM_SEEDS: readonly number[] = [1, 2, 3];

export const LESSONS: readonly Lesson[] = [
  {
    id: 1,
    slug: 'howFar',
    base: 'prune.method=magnitude&prune.granularity=weight&prune.scope=layer&target=teacher',
    formula:
      '\\begin{gathered} m_i = \\mathbb{1}\\big[\\,|w_i| \\ge \\tau\\,\\big], \\qquad s = 1 - \\frac{\\lVert m \\rVert_0}{n} \\\\ w \\leftarrow m \\odot \\big(w - \\eta\\,\\nabla_w L\\big) \\end{gathered}',
    seconds: 10,
    steps: [
      { set: 'prune.sparsity=0', run: 'teacher', expect: accuracyAtLeast('dense', 80) },
      {
        set: 'prune.sparsity=0.5&prune.schedule=oneshot&prune.finetuneEpochs=0',
        run: 'compress',
        expect: gap('compressed', 'dense', '>=', -1),
      },
      {
        set: 'prune.sparsity=0.99&prune.schedule=oneshot&prune.finetuneEpochs=0',
        run: 'compress',
        expect: gap('compressed', 'dense', '<=', -10),
      },
      {
        set: 'prune.sparsity=0.99&prune.schedule=oneshot&prune.finetuneEpochs=2',
        run: 'compress',
        expect: gap('compressed', 'reference', '>=', 5, 'prune.finetuneEpochs=0'),
      },
      {
        set: 'prune.sparsity=0.99&prune.schedule=iterative&prune.rounds=3&prune.finetuneEpochs=1',
        run: 'compress',
        expect: gap(
          'compressed',
          'reference',
          '>=',
          5,
          'prune.schedule=oneshot&prune.finetuneEpochs=0',
        ),
      },
    ],
  },
  {
    id: 2,
    slug: 'scope',
    // Two hidden layers of very different sizes: with one, global and per-layer thresholds
    // would cut the same weights.
    base: 'teacher.arch=mlp:200-30&prune.method=magnitude&prune.schedule=oneshot&prune.finetuneEpochs=0&target=teacher',
    formula:
      '\\begin{gathered} \\tau_{\\text{global}} = Q_s\\big(\\{\\,|w| : w \\in \\theta\\,\\}\\big) \\quad \\text{vs} \\quad \\tau_\\ell = Q_s\\big(\\{\\,|w| : w \\in W_\\ell\\,\\}\\big), \\\\ \\text{score}(j) = \\lVert W_{:,j} \\rVert_2 \\end{gathered}',
    seconds: 10,
    steps: [
      {
        set: 'prune.sparsity=0.9&prune.scope=layer&prune.granularity=weight',
        run: 'compress',
        expect: gap('compressed', 'dense', '<=', -2),
      },
      {
        set: 'prune.sparsity=0.9&prune.scope=global&prune.granularity=weight',
        run: 'compress',
        expect: gap('compressed', 'reference', '>=', 1, 'prune.scope=layer'),
      },
      {
        set: 'prune.sparsity=0.5&prune.scope=layer&prune.granularity=neuron',
        run: 'compress',
        expect: gap('compressed', 'reference', '<=', -1, 'prune.granularity=weight'),
      },
      {
        set: 'prune.sparsity=0.5&prune.scope=layer&prune.granularity=2:4',
        run: 'compress',
        expect: gap('compressed', 'reference', '>=', 5, 'prune.granularity=neuron'),
      },
    ],
  },
  {
    id: 3,
    slug: 'bits',
    base: 'target=teacher&quant.scheme=symmetric&quant.granularity=tensor',
    formula:
      '\\begin{gathered} q = \\operatorname{clamp}\\!\\Big(\\operatorname{round}\\big(\\tfrac{w}{s}\\big) + z,\\; 0,\\; 2^b - 1\\Big), \\qquad \\hat w = (q - z)\\,s, \\\\ \\frac{\\partial L}{\\partial w} \\approx \\frac{\\partial L}{\\partial \\hat w} \\end{gathered}',
    seconds: 10,
    steps: [
      {
        set: 'quant.bits=8&quant.mode=ptq',
        run: 'compress',
        expect: gap('compressed', 'dense', '>=', -0.5),
      },
      {
        set: 'quant.bits=4&quant.mode=ptq',
        run: 'compress',
        expect: gap('compressed', 'dense', '>=', -5),
      },
      {
        set: 'quant.bits=2&quant.mode=ptq',
        run: 'compress',
        expect: gap('compressed', 'dense', '<=', -2),
      },
      {
        set: 'quant.bits=2&quant.mode=qat&quant.epochs=2',
        run: 'compress',
        expect: gap('compressed', 'reference', '>=', 0.5, 'quant.mode=ptq'),
      },
      {
        set: 'quant.bits=2&quant.mode=qat&quant.epochs=2&quant.noise=0.25',
        run: 'compress',
        expect: gap('compressed', 'reference', '<=', -1, 'quant.noise=1'),
      },
    ],
  },
  {
    id: 4,
    slug: 'temperature',
    slow: true,
    // The teacher sees ten times the students' data, and the students train long enough (30
    // epochs) to use the soft targets: distillation pays by 2-3 pp here; at 8 epochs it lost.
    base: 'trainSize=5000&teacher.epochs=4&student.trainSize=500&student.epochs=30&distill.alpha=0.9',
    formula:
      '\\begin{gathered} p_i^{(T)} = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}, \\\\ L = \\alpha\\,T^2\\,\\mathrm{KL}\\big(p_t^{(T)} \\,\\|\\, p_s^{(T)}\\big) + (1-\\alpha)\\,\\mathrm{CE}\\big(y,\\, p_s^{(1)}\\big) \\end{gathered}',
    seconds: 15,
    steps: [
      { set: 'distill.temperature=1', run: 'teacher', expect: accuracyAtLeast('dense', 85) },
      {
        set: 'distill.temperature=4',
        run: 'students',
        expect: gap('student', 'scratch', '>=', 0.5),
      },
      {
        set: 'distill.temperature=10',
        run: 'students',
        expect: gap('student', 'scratch', '>=', 0),
      },
      {
        set: 'distill.temperature=4&student.trainSize=5000',
        run: 'students',
        expect: gap('student', 'scratch', '<=', 0),
      },
      // Hinton's omitted digit: no 3 in the transfer set. The scratch student finds 0-7 % of
      // the test 3s after a bias shift, the distilled one 75-87 % (seeds 1-3).
      {
        set: 'distill.temperature=4&student.omitClass=3',
        run: 'students',
        expect: gap('omittedShifted', 'scratchOmittedShifted', '>=', 30),
      },
    ],
  },
  {
    id: 5,
    slug: 'lottery',
    // Each round retrains for the teacher's own 3 epochs, so a ticket gets the dense budget:
    // rewind/reinit through prune.retrainEpochs (empty = the target's epochs), keep through
    // prune.finetuneEpochs=3.
    slow: true,
    base: 'prune.method=magnitude&prune.granularity=weight&prune.scope=global&prune.schedule=iterative&prune.rounds=3&prune.finetuneEpochs=3&prune.sparsity=0.9&target=teacher',
    formula:
      '\\begin{gathered} \\theta_0 \\xrightarrow{\\ \\text{train}\\ } \\theta_T, \\qquad m = \\operatorname{top}_k |\\theta_T|, \\\\ \\text{rewind: } m \\odot \\theta_0 \\qquad \\text{reinit: } m \\odot \\theta_0^{\\prime} \\end{gathered}',
    seconds: 20,
    steps: [
      {
        set: 'prune.init=rewind',
        run: 'compress',
        expect: gap('compressed', 'reference', '>=', 0, 'prune.init=reinit'),
      },
      {
        set: 'prune.init=reinit',
        run: 'compress',
        expect: gap('compressed', 'reference', '<=', 0, 'prune.init=rewind'),
      },
      { set: 'prune.init=keep', run: 'compress', expect: gap('compressed', 'dense', '>=', -2) },
    ],
  },
  {
    id: 6,
    slug: 'largeSparse',
    slow: true,
    // 300-100 at 90 % keeps ≈ 27,500 weights (output layer kept dense); a dense 784-35-10 has
    // ≈ 27,800: the same budget of nonzeros, spent two ways.
    base: 'teacher.arch=mlp:300-100&student.arch=mlp:35&student.epochs=5&prune.method=magnitude&prune.granularity=weight&prune.scope=global&prune.exclude=output&target=teacher',
    formula:
      '\\begin{gathered} \\big\\lVert m \\odot \\theta_{\\text{large}} \\big\\rVert_0 \\;\\approx\\; \\big|\\theta_{\\text{small}}\\big| \\\\ 0.1 \\times 265{,}200 + 1{,}000 \\approx 27{,}500 \\;\\approx\\; 784 \\cdot 35 + 35 \\cdot 10 \\end{gathered}',
    seconds: 25,
    steps: [
      {
        set: 'prune.sparsity=0.9&prune.finetuneEpochs=2',
        run: 'compress',
        expect: gap('compressed', 'dense', '>=', -2),
      },
      // Same settings: this step trains the students, whose scratch student is the small dense
      // model with the pruned teacher's budget of weights and the same epochs of training.
      {
        set: 'prune.sparsity=0.9&prune.finetuneEpochs=2',
        run: 'studentsCompress',
        expect: gap('compressed', 'scratch', '>=', 0),
      },
    ],
  },
  {
    id: 7,
    slug: 'deepCompression',
    base: 'prune.method=magnitude&prune.granularity=weight&prune.scope=layer&prune.sparsity=0.9&prune.finetuneEpochs=2&target=teacher',
    formula:
      '\\begin{gathered} \\text{bits} \\approx \\underbrace{\\lVert m \\rVert_0\\,\\big(\\bar\\ell_{\\text{code}} + \\bar\\ell_{\\text{index}}\\big)}_{\\text{weights}} + \\underbrace{2^b \\cdot 32}_{\\text{codebook}}, \\\\ \\bar\\ell_{\\text{Huffman}} \\ge H = -\\sum_k p_k \\log_2 p_k \\end{gathered}',
    seconds: 15,
    steps: [
      {
        set: 'quant.bits=32&size.coding=fixed',
        run: 'compress',
        expect: gap('compressed', 'dense', '>=', -2),
      },
      {
        set: 'quant.bits=5&quant.mode=kmeans&quant.epochs=1&size.coding=fixed',
        run: 'compress',
        expect: sizeRatio(2, 'quant.bits=32&quant.mode=ptq'),
      },
      {
        set: 'quant.bits=5&quant.mode=kmeans&quant.epochs=1&size.coding=huffman',
        run: 'compress',
        expect: sizeRatio(1.05, 'size.coding=fixed'),
      },
    ],
  },
  lessonSpeed,
  lessonHeads,
];

/** The lesson with this 1-based id, or undefined. */
export function findLesson(id: number): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

/** Reads `lesson=` / `step=` text from a link: a known lesson and a step clamped into range. */
export function readLessonLink(
  lessonText: string | undefined,
  stepText: string | undefined,
): { lesson: Lesson; step: number } | null {
  if (lessonText === undefined || !/^\d+$/.test(lessonText)) return null;
  const lesson = findLesson(Number(lessonText));
  if (!lesson) return null;
  const asked = stepText !== undefined && /^\d+$/.test(stepText) ? Number(stepText) : 1;
  return { lesson, step: Math.min(lesson.steps.length, Math.max(1, asked)) };
}

/**
 * All settings of one step (1-based), later ones winning: the fast defaults, the lesson's base,
 * then the step's own. Returned as query text, ready for the config codec.
 */
export function stepQuery(lesson: Lesson, step: number): string {
  const merged = new Map<string, string>();
  const own = lesson.steps[step - 1];
  if (!own) throw new RangeError(`lesson ${lesson.id} has no step ${step}`);
  for (const part of [FAST_SETTINGS, lesson.base, own.set])
    for (const [key, value] of new URLSearchParams(part)) merged.set(key, value);
  return [...merged].map(([key, value]) => `${key}=${value}`).join('&');
}

/** i18n keys of a lesson's texts (relative to the catalogue root). */
export const lessonKeys = (lesson: Lesson) => ({
  title: `lessons.${lesson.slug}.title`,
  summary: `lessons.${lesson.slug}.summary`,
  idea: `lessons.${lesson.slug}.idea`,
  formulaLabel: `lessons.${lesson.slug}.formulaLabel`,
});

/** i18n keys of one step's texts: what to do, and what to notice. */
export const stepKeys = (lesson: Lesson, step: number) => ({
  do: `lessons.${lesson.slug}.steps.s${step}.do`,
  notice: `lessons.${lesson.slug}.steps.s${step}.notice`,
});

/** Every text key a lesson uses, for the catalogue check. */
export function lessonTextKeys(lesson: Lesson): string[] {
  const keys: string[] = Object.values(lessonKeys(lesson));
  lesson.steps.forEach((_, i) => keys.push(...Object.values(stepKeys(lesson, i + 1))));
  return keys;
}
