/**
 * English texts of lesson 8 ("Smaller is not always faster", src/lessons/lessonSpeed.ts) and of
 * the speed claims a lesson step checks. ko twin: lessonSpeed.ko.ts.
 */
export const smallerFasterEn = {
  title: 'Smaller is not always faster',
  summary:
    'Prune half, then nine tenths of the weights, and time the model on your own machine: the file shrinks, the latency may not.',
  idea: 'A pruned weight is a zero, but a dense matrix product multiplies zeros as fast as anything else: tfjs (and most converters) run the pruned model with the same matrices and the same number of multiply–accumulates (MACs). Only two things make it faster. A sparse kernel stores just the nonzeros (here in CSR form: values, their columns, where each row starts) and multiplies only those — it pays once few enough weights are left to make up for its slower, irregular memory access; how few depends on the machine and on the batch, because a dense kernel reuses each weight for every example of a batch. Structured pruning removes whole neurons, so the matrices themselves shrink and any dense kernel runs faster. Every step times two ways of running a model against each other in the same rounds, on this device, and compares their median times.',
  formulaLabel:
    'Multiply–accumulates of a dense and a sparse product, and when the sparse one pays',
  steps: {
    s1: {
      do: 'Prune 50 % of the weights, one by one (unstructured). Time tfjs on the pruned model against tfjs on the unpruned one, 256 examples at a time.',
      notice:
        'Half the weights are zero, yet tfjs is nowhere near twice as fast: it multiplies the same dense matrices. The smaller file did not buy any speed.',
    },
    s2: {
      do: 'Prune 90 %. Run the model with our own kernels, written in the same language: the CSR kernel that touches only nonzeros against the dense one, one example at a time.',
      notice:
        'With one weight in ten left, the sparse kernel is several times faster than our dense kernel: skipping zeros pays once there are enough of them.',
    },
    s3: {
      do: 'Prune 80 % and compare our sparse kernel with tfjs’s dense product on a batch of 256.',
      notice:
        'tfjs is still faster: its optimised dense kernel reuses every weight across the 256 examples, and our sparse kernel only wins at very high sparsity. The latency study in the “Layers and speed” tab shows where the lines cross on your device.',
    },
    s4: {
      do: 'Prune 50 % of the neurons instead of single weights, and compare with the 50 % of single weights, both run by tfjs on a batch of 256.',
      notice:
        'Removing whole neurons makes the matrices smaller, so the same dense kernel runs faster — what unstructured sparsity could not do in step 1.',
    },
  },
};

export const lessonSpeedRunEn = {
  phaseTiming: 'Timing both sides on this device, in the same rounds…',
  side: '{{model}} ({{variant}})',
  claim: 'The {{a}} runs {{op}} {{value}}× as fast as the {{b}} (batch of {{batch}})',
  measured: '{{ms}} ms per forward pass (median, batch of {{batch}})',
};
