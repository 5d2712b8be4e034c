import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getParam, type ParamValue } from '../../core/config';
import { useLab } from '../../state/labStore';
import { ParamField } from './ParamField';
import { paramRow, type EnumParamKey } from './paramRow';

interface EnumParamProps {
  paramKey: EnumParamKey;
  /** i18n key prefix for option labels; defaults to `options.<paramKey>`. */
  labelsAt?: string;
}

/** A select over the options PARAMS lists for the key. */
export function EnumParam({ paramKey, labelsAt }: EnumParamProps) {
  const { t } = useTranslation();
  const options = paramRow(paramKey).options ?? [];
  const value = useLab((s) => getParam(s.config, paramKey)) as string;
  const setParam = useLab((s) => s.setParam);
  const id = useId();
  const prefix = labelsAt ?? `options.${paramKey}`;

  return (
    <ParamField paramKey={paramKey} inputId={`${id}-input`} helpId={`${id}-help`}>
      <select
        id={`${id}-input`}
        className="input"
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(e) => setParam(paramKey, e.target.value as ParamValue<EnumParamKey>)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`${prefix}.${option}`, { defaultValue: option })}
          </option>
        ))}
      </select>
    </ParamField>
  );
}
