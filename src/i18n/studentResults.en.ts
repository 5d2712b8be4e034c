/** Texts of the students' results table and the omitted class. ko twin: studentResults.ko.ts. */
export const studentResultsEn = {
  valAccuracy: 'Validation accuracy',
  testAccuracy: 'Test accuracy',
  columnsNote:
    'One model, one number per split: the curves and the temperature sweep show the validation figure, comparisons report the test one.',
  omitted: {
    heading: 'The class the students never saw: {{label}}',
    row: '{{model}}: {{recall}} of the test {{label}}s recognised as learned; {{shifted}} after raising its {{label}} bias by {{shift}} (all classes: {{accuracy}}).',
    note: 'Recall on the test split; the bias shift is chosen on the validation split.',
  },
};
