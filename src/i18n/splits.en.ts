/**
 * Which examples a number is measured on (the validation split chooses, the test set reports),
 * and the valSize setting. ko twin: splits.ko.ts.
 */
export const splitsEn = {
  tagValidation: 'Validation',
  tagTest: 'Test',
  curves:
    'Per-epoch curves are scored on the validation split: examples carved from the training data and never trained on.',
  teacherTest:
    'Test accuracy is measured on the full test set, which no choice in the lab looks at; validation accuracy on the examples held out from training.',
  studentsTest:
    'Accuracies in this table are on the full test set; the curves above are on the validation split.',
  valAccuracy: 'Validation accuracy',
  sweep:
    'Each point is scored on the validation split (never trained on), so T is chosen without looking at the test set; train the students at the chosen T to see its test accuracy.',
  sensitivity:
    'Scored on up to 1,000 validation examples (never trained on), so the per-layer sparsities you pick are not tuned on the test set.',
  sparseVsDense:
    'Both models are scored on the {{count}} examples of the validation split (never trained on).',
  previewNote:
    'While you drag, accuracy is a preview on validation examples; on release it is measured on the full test set.',
  auto: 'Automatic: 10 % of the training examples, at most 5,000',
};

/** The valSize row of the settings (merged into `params`). */
export const splitParamsEn = {
  valSize: {
    label: 'Validation examples',
    help: 'Held out from the training data and never trained on: curves, previews, scans and sweeps are scored on them; reported accuracies use the test set. Empty means 10 % of the training examples, at most 5,000.',
  },
};
