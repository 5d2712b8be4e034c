/** Texts of the model download / load panel. ko twin: modelFile.ko.ts. */
export const modelFileEn = {
  heading: 'Download or load a compressed model',
  intro:
    'The file is exactly the bytes counted as the model’s size (format: CLZ1, documented in the source). Loading it back decodes and scores it on the full test set.',
  download: 'Download compressed model',
  preparing: 'Encoding…',
  downloaded: '{{name}}: {{bytes}}, {{accuracy}} on the test set when downloaded.',
  load: 'Load a model file',
  loading: 'Decoding and scoring…',
  loaded: '{{name}} ({{bytes}}): {{accuracy}} on the {{dataset}} test set.',
  same: 'Same accuracy as when it was downloaded.',
  different:
    'Differs from the {{accuracy}} measured at download (another dataset or a changed file?).',
  failed: 'Could not use this file: {{message}}',
  needModel: 'Train a model first.',
};
