import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamKey } from '../../core/config';
import { HelpTip } from './HelpTip';

interface ParamFieldProps {
  paramKey: ParamKey;
  inputId: string;
  helpId: string;
  children: ReactNode;
  /** Shown under the help line, e.g. a validation message. */
  error?: string | null;
  errorId?: string;
}

/** Label, control and its explanation behind a "?" tip, all from the parameter's i18n entry. */
export function ParamField({
  paramKey,
  inputId,
  helpId,
  children,
  error,
  errorId,
}: ParamFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <div className="field-head">
        <label className="field-label" htmlFor={inputId}>
          {t(`params.${paramKey}.label`)}
        </label>
        <HelpTip id={helpId}>{t(`params.${paramKey}.help`)}</HelpTip>
      </div>
      {children}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
