/** Texts of the drawing probe and the own-dataset import. ko twin: owndata.ko.ts. */
export const owndataEn = {
  draw: {
    heading: 'Draw a digit',
    intro:
      'Draw with a mouse, a finger or a pen. The drawing is made to look like an MNIST digit (fitted to 20×20, centred by mass in 28×28) and every trained model answers.',
    pad: 'Drawing pad',
    undo: 'Undo',
    clear: 'Clear',
    seen: 'What the models see (28×28)',
    empty: 'Draw something on the pad.',
    thinking: 'Asking the models…',
    noTeacher: 'Train the teacher first: there is no model to ask yet.',
    notDigits:
      'Drawing works on 28×28 grayscale image data (MNIST, Fashion-MNIST or your own at 28×28 gray); this dataset is different.',
    failed: 'The models could not answer: {{message}}',
    teacher: 'Dense teacher',
    student: 'Distilled student',
    compressed: 'Compressed {{target}}',
    targetTeacher: 'teacher',
    targetStudent: 'student',
    classColumn: 'Class',
    tableCaption: 'Class probabilities of each model for the drawing',
    answer: '{{model}}: {{name}} ({{p}})',
    agree: 'The compressed model gives the same answer as the dense teacher.',
    changed:
      'Compression changed the answer: the compressed model says {{compressed}}, the dense teacher says {{teacher}}.',
  },
};
