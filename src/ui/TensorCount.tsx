import { useTranslation } from 'react-i18next';
import { useLab } from '../state/labStore';
import { formatBytes, formatInteger } from './format';
import { useLocale } from './useLocale';

/** Live tensors in the worker: it should return to the same number after every run. */
export function TensorCount() {
  const { t } = useTranslation();
  const locale = useLocale();
  const memory = useLab((s) => s.memory);
  if (!memory) {
    return <output data-testid="tensor-count">{t('footer.tensorsUnknown')}</output>;
  }
  return (
    <output
      data-testid="tensor-count"
      data-value={memory.numTensors}
      title={formatBytes(memory.numBytes, locale)}
    >
      {t('footer.tensors', { count: formatInteger(memory.numTensors, locale) })}
    </output>
  );
}
