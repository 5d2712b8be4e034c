import { useId, useState } from 'react';
import { getParam, type ParamValue } from '../../core/config';
import { useLab } from '../../state/labStore';
import { ParamField } from './ParamField';
import { paramRow, type NumberParamKey } from './paramRow';

/**
 * A number field whose range comes from PARAMS. Typing edits a draft; Enter or leaving the field
 * commits it through the store's sanitising setter, which clamps out-of-range values.
 */
export function NumberParam({ paramKey }: { paramKey: NumberParamKey }) {
  const row = paramRow(paramKey);
  const value = useLab((s) => getParam(s.config, paramKey)) as number;
  const setParam = useLab((s) => s.setParam);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();

  const commit = () => {
    if (draft === null) return;
    const n = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(n))
      setParam(paramKey, n as ParamValue<NumberParamKey>);
    setDraft(null);
  };

  return (
    <ParamField paramKey={paramKey} inputId={`${id}-input`} helpId={`${id}-help`}>
      <input
        id={`${id}-input`}
        className="input"
        type="number"
        inputMode={row.kind === 'int' ? 'numeric' : 'decimal'}
        min={row.min}
        max={row.max}
        step={row.kind === 'int' ? (row.step ?? 1) : 'any'}
        value={draft ?? String(value)}
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
