/**
 * English texts of the classroom: the lessons (keys named by src/lessons/lessons.ts) and the
 * presenter / view-mode controls. Spread into en.ts; classroom.ko.ts has the same keys.
 */
export const lessonsEn = {
  howFar: {
    title: 'How far can we prune?',
    summary:
      'Cut more and more of the smallest weights: see where accuracy breaks, and how fine-tuning wins it back.',
    idea: 'Magnitude pruning keeps a weight only if its size |w| is above a threshold τ, chosen so that a fraction s of the weights — the sparsity — falls below it. Small weights contribute little to the output, so the first half can usually go for free. Cut everything in one shot and, past some point, the network falls apart. Fine-tuning — training the survivors a few more epochs while the pruned weights stay at zero — lets the remaining weights take over the work; pruning in several rounds with fine-tuning in between goes further still.',
    formulaLabel: 'The pruning mask, the sparsity, and the masked training step',
    steps: {
      s1: {
        do: 'Train the teacher. Nothing is pruned yet (sparsity 0).',
        notice: 'Write down its test accuracy: this is the number to beat.',
      },
      s2: {
        do: "Sparsity 50 %, one shot, no fine-tuning. Compare the compressed model's accuracy and size with the teacher's.",
        notice:
          'Half of the weights are gone and accuracy hardly moves: many weights were nearly zero anyway.',
      },
      s3: {
        do: 'Raise the sparsity to 99 %, still without fine-tuning.',
        notice:
          'Accuracy drops sharply: one cut this deep removes weights the network still needed.',
      },
      s4: {
        do: 'Keep 99 %, now with 2 epochs of fine-tuning after the cut.',
        notice:
          'Most of the lost accuracy comes back: the surviving weights adjust to do the work of the removed ones.',
      },
      s5: {
        do: 'Reach 99 % in 3 rounds: prune a little, fine-tune for 1 epoch, repeat.',
        notice:
          'Three gentle cuts with a little training in between end far above the single deep cut of step 3, with less training than step 4 in each round.',
      },
    },
  },
  scope: {
    title: 'Global or layer by layer? Single weights or whole neurons?',
    summary: 'The same sparsity, spent differently across layers and at different granularities.',
    idea: 'Layer-wise pruning removes the same fraction from every layer, each with its own threshold τ_ℓ. Global pruning ranks all weights together under one threshold, so large layers full of small weights lose more and small, crowded layers are spared: the layers end up with different sparsities. Unstructured pruning zeroes single weights — fine-grained and accurate, but the matrix keeps its shape, so speed-ups need sparse kernels. Structured pruning removes whole neurons, scored by the norm of their weights, so the layer really shrinks: friendly to ordinary hardware, but coarser, so accuracy suffers sooner. The 2:4 pattern sits between: at most 2 nonzeros in every group of 4, a pattern some GPUs run at twice the speed.',
    formulaLabel: 'One global threshold versus one threshold per layer, and the score of a neuron',
    steps: {
      s1: {
        do: 'Train the teacher (two hidden layers: 200 and 30 units), then prune 90 % of the weights layer by layer.',
        notice:
          'Every hidden layer loses exactly 90 % of its weights, whether it is large or small: the small second layer is cut as hard as the large first one, and accuracy drops.',
      },
      s2: {
        do: 'The same 90 %, now with one global threshold.',
        notice:
          'Accuracy is higher: the large first layer, with its many near-zero weights, gives up more than 90 %, and the small layer keeps more.',
      },
      s3: {
        do: 'Switch to structured pruning: remove 50 % of the neurons.',
        notice:
          'Removing whole units costs more accuracy than removing single weights, but the layers are genuinely smaller, with no positions to store.',
      },
      s4: {
        do: 'Try the 2:4 pattern: 50 % of the weights, 2 in every group of 4.',
        notice:
          'At the same 50 %, the regular pattern costs far less accuracy than removing whole neurons, and its positions are cheap to store.',
      },
    },
  },
  bits: {
    title: 'Bits versus accuracy: quantize after training, or train for it',
    summary:
      'Fewer bits per weight shrink the model: see where accuracy breaks, and how quantization-aware training repairs it.',
    idea: 'Quantization maps each weight to one of 2^b levels: divide by a scale s, round, add a zero point z, and clip. Eight bits are almost free; at four and below, the rounding error grows until a model quantized after training (PTQ) falls apart. Quantization-aware training (QAT) puts the rounded weights in the forward pass, so the network learns to live with them. Rounding has zero gradient almost everywhere, so the backward pass uses the straight-through estimator: it passes the gradient on as if rounding were the identity. Quant-Noise rounds only a random part of the weights in each step, so the rest keep exact gradients. One more detail for real hardware: int8 products must be summed in a wider accumulator, because 16 bits would overflow.',
    formulaLabel:
      'Quantizing a weight to b bits, the value it stands for, and the straight-through gradient',
    steps: {
      s1: {
        do: 'Train the teacher and quantize it to 8 bits after training (PTQ).',
        notice: 'About a quarter of the size, and practically the same accuracy.',
      },
      s2: {
        do: '4 bits, still PTQ.',
        notice: 'An eighth of the size; accuracy starts to slip.',
      },
      s3: {
        do: '2 bits, PTQ.',
        notice:
          'Only four levels for a whole layer (one scale per tensor): accuracy drops by several points. On this small network it does not collapse completely.',
      },
      s4: {
        do: '2 bits with quantization-aware training (2 epochs).',
        notice: 'Training with the rounding in the loop wins back accuracy at the same size.',
      },
      s5: {
        do: 'Add Quant-Noise: only 25 % of the weight blocks are rounded in each step.',
        notice:
          'Compare with plain QAT (step 4): with only 2 epochs, rounding a quarter of the weights per step prepares the network less for the final rounding, so here plain QAT ends higher. Quant-Noise pays off with longer training and coarser codes.',
      },
    },
  },
  temperature: {
    title: 'Temperature and dark knowledge',
    summary:
      "A small student learns from a teacher's softened answers; the temperature decides how much of the teacher's doubt it sees.",
    idea: "Dividing the teacher's logits by a temperature T before the softmax softens its answers. At T = 1 the right class takes nearly all the probability; at higher T the wrong classes get visible shares, and their pattern — a 7 that looks a little like a 1 and never like a 0 — is the dark knowledge. The student is trained to match these soft targets (KL divergence, weighted by α) and the true labels (cross-entropy, weighted by 1 − α). The factor T² keeps the gradients of the soft loss the same size whatever T is. Distillation is not free accuracy: it helps when the teacher knows more than the student's own examples show. Here the teacher sees 5,000 examples and the students only 500, for 30 epochs.",
    formulaLabel: 'The softmax at temperature T, and the distillation loss',
    steps: {
      s1: {
        do: 'Train the teacher, then look at its probabilities at T = 1.',
        notice:
          'On a clear example nearly all the probability sits on one class: the label alone would tell the student as much. Pick an ambiguous example to see the teacher hesitate.',
      },
      s2: {
        do: 'Raise T to 4, then train the students.',
        notice:
          'Second and third guesses become visible. The distilled student ends above the scratch student, which learns from the same 500 labels only.',
      },
      s3: {
        do: 'Try T = 10 and train the students again.',
        notice:
          'The targets get much flatter, yet the distilled student still beats the scratch one by about as much as at T = 4: between 4 and 10 the temperature matters little here.',
      },
      s4: {
        do: 'Back to T = 4, but give the students all 5,000 examples the teacher saw, instead of 500.',
        notice:
          'Distillation does not pay here: with the same data as the teacher, the soft targets tell the student nothing its labels do not, and the distilled student is no better than the scratch one.',
      },
      s5: {
        do: 'Back to 500 examples at T = 4, but leave every 3 out of them, then train the students.',
        notice:
          'Neither student has seen a single 3. The scratch student, after raising the bias of its 3 output, still almost never answers 3; the distilled student recognises most test 3s — the teacher’s soft targets on 5s and 8s told it what a 3 looks like. Its 3 bias stays low only because no example ever pushed it up; the shift is chosen on the validation split. Hinton et al. (MNIST, far larger nets): 877 of 1,010 threes before the shift, 996 after.',
      },
    },
  },
  lottery: {
    title: 'Lottery tickets: rewind or reinitialise?',
    summary:
      'Train, prune, then restart the surviving weights from their original starting values — or from new random ones.',
    idea: 'The lottery ticket hypothesis (Frankle and Carbin) says that a dense network contains a sparse subnetwork which, trained from the same initial values, learns as well as the whole. Iterative magnitude pruning finds it: train, remove the smallest weights across the whole network, rewind the survivors to their values at initialisation θ₀, and repeat. The control experiment uses the same mask with fresh random values. If the rewound ticket beats the reinitialised one, the starting values mattered, not only the pattern of connections. Keeping the trained values and fine-tuning them is the ordinary pruning baseline.',
    formulaLabel: 'Train, keep the largest weights, and restart them from θ₀ or from new values',
    steps: {
      s1: {
        do: 'Train the teacher; prune 90 % globally in 3 rounds, rewinding to the initial weights and retraining for the teacher’s own 3 epochs each time.',
        notice:
          'This is the winning ticket: a tenth of the weights, trained from their original start.',
      },
      s2: {
        do: 'The same mask size, but the survivors start from new random values.',
        notice: 'A little worse than rewinding: the lucky initial values were part of the ticket.',
      },
      s3: {
        do: 'Keep the trained values instead, and fine-tune them.',
        notice:
          'Fine-tuning trained weights is the usual baseline: compare all three results side by side.',
      },
    },
  },
  largeSparse: {
    title: 'Large and sparse, or small and dense?',
    summary: 'Spend the same number of weights two ways: prune a big model, or train a small one.',
    idea: 'Pruning 90 % of a 300-100 network leaves about 27,500 weights; a dense network with 35 hidden units has about 27,800. The same budget in two shapes. Zhu and Gupta found that, at the same number of nonzero weights, the large pruned model usually wins: it had more room to find good features before the cut. The catch is the price of sparsity: a pruned matrix must also store where its nonzeros are, so compare sizes in bytes, not only weight counts.',
    formulaLabel:
      'Equal numbers of nonzero weights in the pruned large model and the small dense one',
    steps: {
      s1: {
        do: 'Train the 300-100 teacher (a larger model, so it takes longer) and prune it to 90 % with 2 epochs of fine-tuning.',
        notice: 'Note the compressed accuracy and the size in bytes, positions included.',
      },
      s2: {
        do: 'Now train the students. The scratch student, 784-35-10, is the small dense model with the same budget of weights, trained on the same data for the same 5 epochs (the teacher’s 3 plus 2 of fine-tuning).',
        notice:
          'The pruned large model is more accurate than the small dense one with the same number of weights; compare the sizes in bytes too, where positions cost extra.',
      },
    },
  },
  deepCompression: {
    title: 'Deep Compression: prune, share, entropy-code',
    summary:
      "Han and colleagues' three-stage pipeline, one stage per step: watch the size fall at each stage.",
    idea: 'Deep Compression chains three savings. Pruning removes most of the weights, but each survivor needs a position. Weight sharing clusters the survivors with k-means into 2^b shared values, so each weight is stored as a b-bit index into a small codebook, whose centroids are then fine-tuned. Finally, Huffman coding gives frequent codes and gaps short bit strings and rare ones long strings, so the average length approaches the entropy H of their distribution. Each stage leaves the accuracy almost untouched; together they shrink the model many times over.',
    formulaLabel: 'The bits of a pruned, shared and Huffman-coded layer',
    steps: {
      s1: {
        do: 'Train the teacher; prune 90 % with 2 epochs of fine-tuning, no quantization yet.',
        notice:
          'Note the size: the values are still 32-bit floats, plus the cost of their positions.',
      },
      s2: {
        do: 'Add weight sharing: k-means with 32 shared values (5 bits).',
        notice:
          'Each weight is now a 5-bit index: the size drops several times, the accuracy barely.',
      },
      s3: {
        do: 'Turn on Huffman coding of the codes and the position gaps.',
        notice: 'Another cut in size with exactly the same weights: Huffman coding loses nothing.',
      },
    },
  },
};

export const classroomEn = {
  heading: 'Lessons',
  intro:
    'Guided experiments in a few steps. Each preset uses small data and small models, so a run takes seconds on a laptop.',
  duration: 'about {{time}} per run',
  lessonNumber: 'Lesson {{n}}',
  lessonOf: 'Lesson {{n}} of {{count}}',
  stepOf: 'Step {{step}} of {{count}}',
  stepsNav: 'Steps of this lesson',
  stepButton: 'Step {{step}}',
  do: 'Do',
  notice: 'Notice',
  idea: 'The idea',
  previous: 'Previous step',
  next: 'Next step',
  reset: 'Reset this step',
  close: 'All lessons',
  settings: 'Settings of this step',
  formulaLoading: 'Loading the formula…',
  uiMode: {
    label: 'View',
    full: 'Full',
    simple: 'Simple',
    present: 'Presenter',
  },
  shortcuts: {
    label: 'Keyboard shortcuts',
    next: 'next step',
    previous: 'previous step',
    train: 'train the teacher',
    students: 'train the students',
    reset: 'reset the step',
    or: 'or',
  },
};
