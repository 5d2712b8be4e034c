import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getParam } from '../../core/config';
import { useLab } from '../../state/labStore';
import { ParamField } from './ParamField';
import { paramRow, type TextParamKey } from './paramRow';

/** Starting points offered in the menu; anything else the core accepts can be typed in. */
export const ARCH_PRESETS = [
  'mlp:300-100',
  'mlp:100',
  'mlp:32',
  'cnn:8-16',
  'vit:p7-d32-h4-l2',
] as const;
const CUSTOM = 'custom';

/** Architecture: a preset menu plus a free text field checked by the core's own arch rules. */
export function ArchParam({ paramKey }: { paramKey: TextParamKey }) {
  const { t } = useTranslation();
  const validate = paramRow(paramKey).validate;
  const value = useLab((s) => getParam(s.config, paramKey));
  const setParam = useLab((s) => s.setParam);
  const isPreset = (ARCH_PRESETS as readonly string[]).includes(value);
  const [customMode, setCustomMode] = useState(!isPreset);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();

  const text = draft ?? value;
  const problem = draft !== null ? (validate?.(draft.trim()) ?? null) : null;

  const commit = () => {
    if (draft === null) return;
    const candidate = draft.trim();
    if (validate?.(candidate) == null) {
      setParam(paramKey, candidate);
      setDraft(null);
    }
  };

  return (
    <ParamField
      paramKey={paramKey}
      inputId={`${id}-preset`}
      helpId={`${id}-help`}
      error={problem ? t('teacher.archInvalid', { value: draft?.trim() ?? '' }) : null}
      errorId={`${id}-error`}
    >
      <select
        id={`${id}-preset`}
        className="input"
        value={customMode || !isPreset ? CUSTOM : value}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const choice = e.target.value;
          setCustomMode(choice === CUSTOM);
          setDraft(null);
          if (choice !== CUSTOM) setParam(paramKey, choice);
        }}
      >
        {ARCH_PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {t(`teacher.presets.${preset}`, { defaultValue: preset })}
          </option>
        ))}
        <option value={CUSTOM}>{t('teacher.archCustom')}</option>
      </select>
      {customMode || !isPreset ? (
        <input
          className="input input-mono"
          type="text"
          spellCheck={false}
          autoComplete="off"
          aria-label={t('teacher.archCustomLabel')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : `${id}-help`}
          title={problem ?? undefined}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      ) : null}
    </ParamField>
  );
}
