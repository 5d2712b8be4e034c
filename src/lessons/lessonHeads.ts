import type { Claim } from './claims';
import type { Lesson } from './lessons';

/** "compressed − dense (or − reference, the same cut with `reference` settings) is op value pp". */
const gap = (op: Claim['op'], value: number, reference?: string): Claim => ({
  figure: 'accuracy',
  a: 'compressed',
  b: reference ? 'reference' : 'dense',
  op,
  value,
  ...(reference ? { reference } : {}),
});

/**
 * Lesson 9, "Do we need all these heads?": the default tiny vision transformer (2 blocks × 4
 * heads, width 32) loses whole heads, ranked over both blocks by Michel et al.'s gate gradient,
 * in one cut without fine-tuning. Measured on seeds 1, 2, 3 (`npm run lessons:full -- --lessons
 * 9 --values`): dense 78.4 / 77.9 / 81.7 %; 1 head removed −1.7 / −2.1 / −0.7 pp; 2 removed by
 * importance beat 2 at random by 11.7 / 0.7 / 15.4 pp; 6 removed −54.7 / −47.6 / −52.1 pp. The
 * claims leave a margin below those. Width 16 (head width 4) learned to 68–70 % only, and
 * there even one head cost up to 29 pp. Slow (a ViT trains 5 epochs per seed): checked by
 * `npm run lessons:full`.
 */
export const lessonHeads: Lesson = {
  id: 9,
  slug: 'heads',
  slow: true,
  base: 'trainSize=2000&teacher.arch=vit:p7-d32-h4-l2&teacher.epochs=5&train.lr=0.003&train.batchSize=32&prune.granularity=head&prune.scope=global&prune.method=taylor&prune.schedule=oneshot&prune.finetuneEpochs=0&target=teacher',
  formula:
    '\\begin{gathered} \\mathrm{MHA}(x) = \\sum_{h=1}^{H} g_h\\, \\mathrm{Att}_h(x)\\, W^O_h, \\qquad g_h = 1 \\\\ I_h = \\mathbb{E}_{x}\\left| \\frac{\\partial L(x)}{\\partial g_h} \\right| \\end{gathered}',
  seconds: 40,
  steps: [
    {
      set: 'prune.sparsity=0',
      run: 'teacher',
      expect: { figure: 'accuracy', a: 'dense', op: '>=', value: 75 },
    },
    { set: 'prune.sparsity=0.125', run: 'compress', expect: gap('>=', -3) },
    { set: 'prune.sparsity=0.25', run: 'compress', expect: gap('>=', 0.5, 'prune.method=random') },
    { set: 'prune.sparsity=0.75', run: 'compress', expect: gap('<=', -40) },
  ],
};
