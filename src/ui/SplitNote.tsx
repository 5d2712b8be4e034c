import { useTranslation } from 'react-i18next';
import './splits.css';

/**
 * One line saying which examples the numbers next to it are measured on: `validation` (carved
 * from the training data, never trained on; what choices are made on) or `test` (what is
 * reported). `data-split` lets tests read it without parsing the sentence.
 */
export function SplitNote({
  split,
  testId,
  text,
}: {
  split: 'validation' | 'test';
  testId: string;
  text: string;
}) {
  const { t } = useTranslation();
  return (
    <p className="muted split-note" data-testid={testId} data-split={split}>
      <span className={`split-tag split-tag-${split}`}>
        {t(split === 'validation' ? 'splits.tagValidation' : 'splits.tagTest')}
      </span>{' '}
      {text}
    </p>
  );
}
