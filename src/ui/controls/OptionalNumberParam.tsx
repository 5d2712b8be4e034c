import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getParam } from '../../core/config';
import { useLab } from '../../state/labStore';
import { ParamField } from './ParamField';
import { paramRow } from './paramRow';

/**
 * A number field that may be left empty, for keys whose null means "derived": student.trainSize
 * (same as the teacher), student.omitClass (no class left out), valSize (10 % of trainSize) and
 * prune.retrainEpochs (the target's epochs). `placeholder` is the i18n key of what empty means.
 */
export function OptionalNumberParam({
  paramKey,
  placeholder,
}: {
  paramKey: 'student.trainSize' | 'student.omitClass' | 'valSize' | 'prune.retrainEpochs';
  placeholder: string;
}) {
  const { t } = useTranslation();
  const row = paramRow(paramKey) as { min?: number; max?: number; step?: number };
  const value = useLab((s) => getParam(s.config, paramKey));
  const setParam = useLab((s) => s.setParam);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();

  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    const n = Number(text);
    if (text === '') setParam(paramKey, null);
    else if (Number.isFinite(n)) setParam(paramKey, n);
    setDraft(null);
  };

  return (
    <ParamField paramKey={paramKey} inputId={`${id}-input`} helpId={`${id}-help`}>
      <input
        id={`${id}-input`}
        className="input"
        type="number"
        inputMode="numeric"
        min={row.min}
        max={row.max}
        step={row.step ?? 1}
        placeholder={t(placeholder)}
        value={draft ?? (value === null ? '' : String(value))}
        aria-describedby={`${id}-help`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </ParamField>
  );
}
