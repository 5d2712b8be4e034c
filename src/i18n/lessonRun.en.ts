/** Texts of a lesson step's run and its checked claim. ko twin: lessonRun.ko.ts. */
export const lessonRunEn = {
  expectHeading: 'What you should see',
  run: 'Run this step',
  rerun: 'Run this step again',
  phase: {
    idle: 'Starting…',
    teacher: 'Training the teacher for this lesson…',
    students: 'Training the distilled and the scratch student…',
    compress: 'Measuring the compressed model on the test set…',
    done: 'Done: these are this step’s numbers.',
    failed: 'The step did not finish: {{error}}',
  },
  pending: 'Not measured yet: run this step.',
  met: 'Your run shows it: {{value}}.',
  differs:
    'Your run differs: {{value}}. Seeds and small data make results vary; see the notes below.',
  differsWhy:
    'The lessons suite checks this claim on three seeds; a different seed, backend or a setting you changed can move a result across the line.',
  measured: 'This step’s numbers',
  quantity: {
    dense: 'uncompressed model',
    compressed: 'compressed model',
    reference: 'same model with {{settings}}',
    student: 'distilled student',
    scratch: 'scratch student',
    omitted: 'distilled student on the left-out class, bias as learned',
    omittedShifted: 'distilled student on the left-out class, its bias raised',
    scratchOmittedShifted: 'scratch student on the left-out class, its bias raised',
  },
  claim: {
    accuracyGap: 'Accuracy of the {{a}} minus the {{b}}: {{op}} {{value}} pp',
    accuracy: 'Accuracy of the {{a}}: {{op}} {{value}} %',
    sizeRatio: 'The {{a}} is {{op}} {{value}}× smaller than the {{b}}',
  },
  opAtLeast: 'at least',
  opAtMost: 'at most',

  readoutFor: 'These numbers are for {{settings}}, not the current settings.',
};
