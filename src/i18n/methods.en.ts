import { refusalReasonsEn } from './refusals.en';

/** English texts for the compression-method checks shown in the config notice. */
export const methodNoticeEn = {
  title: 'Some compression settings cannot run together',
  refused: '{{key}} = “{{value}}”: {{reason}} — not run; change one of these settings.',
  note: 'Note: {{note}}',
  reasons: refusalReasonsEn,
  retrainPlaceholder: 'Same as the model’s training epochs',
};
