/** Texts of the temperature sweep (distillation). ko twin: sweep.ko.ts. */
export const sweepEn = {
  heading: 'Accuracy versus temperature',
  intro:
    'Trains a scratch student once, then one distilled student per temperature, in the background. Each point appears when its student finishes.',
  run: 'Sweep T = {{list}}',
  running: '{{done}} of {{total}} students trained…',
  needTeacher: 'Train the teacher first.',
  empty: 'No sweep yet.',
  scratch: 'Scratch student (labels only)',
  distilled: 'Distilled student',
  axisT: 'Temperature T',
  axisAccuracy: 'Validation accuracy',
  tableCaption: 'Distilled student accuracy per temperature',
  best: 'Best on validation: T = {{t}} at {{accuracy}} ({{delta}} vs scratch).',
};
