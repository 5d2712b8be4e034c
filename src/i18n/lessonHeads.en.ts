/** English texts of lesson 9 ("Do we need all these heads?", src/lessons/lessonHeads.ts). ko
 * twin: lessonHeads.ko.ts. */
export const headsEn = {
  title: 'Do we need all these heads?',
  summary:
    'Remove whole attention heads from a tiny vision transformer, the least important first: see which can go and which cannot.',
  idea: 'A transformer block splits its attention into heads that each look at the image their own way, then adds up what they found. Put a gate g_h = 1 on each head’s output: the gradient of the loss with respect to that gate says how much the loss would change if the head were turned down, so its average size over examples ranks the heads (Michel et al. 2019). In large translation models most heads can go with almost no loss and a few specialised ones cannot (Voita et al. 2019: 38 of 48 encoder heads removed for −0.15 BLEU). Here the model has only 8 heads and seconds of training, so each head carries more of the work: watch how far that shape holds. The “Which heads matter?” scan in the “Inside the model” tab shows what removing each single head costs.',
  formulaLabel: 'Multi-head attention with a gate per head, and the gate-gradient importance',
  steps: {
    s1: {
      do: 'Train the vision transformer: 16 patches of 7×7 pixels, 2 blocks of 4 heads. Nothing is removed yet.',
      notice: 'Write down its test accuracy: the cuts are measured against it.',
    },
    s2: {
      do: 'Remove the least important of the 8 heads, ranked over both blocks by the gate gradient. No fine-tuning.',
      notice:
        'One head in eight is gone — its q, k, v columns and o rows, so the file shrinks — and accuracy drops by less than 3 points.',
    },
    s3: {
      do: 'Remove 2 heads by importance. The claim compares it with the same cut on 2 heads chosen at random.',
      notice:
        'Importance order keeps more accuracy than random order: the gate gradient finds heads the model needs less. Both lose more than the single head of step 2.',
    },
    s4: {
      do: 'Remove 6 of the 8 heads (one is always kept in each block).',
      notice:
        'Accuracy falls by more than 40 points: the remaining heads cannot do the others’ work. In this small, briefly trained model most heads matter — unlike the large translation models where most could go.',
    },
  },
};
