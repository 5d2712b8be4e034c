import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectUiMode, UI_MODES, type UiMode } from '../../state/classroomSlice';
import { useLab } from '../../state/labStore';

/** Full / Simple / Presenter. The choice goes into the link (`ui=`), like the language. */
export function UiModeSelect() {
  const { t } = useTranslation();
  const mode = useLab(selectUiMode);
  const setUiMode = useLab((s) => s.setUiMode);
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('classroom.uiMode.label')}</label>
      <select
        id={id}
        className="input input-compact"
        data-testid="ui-mode"
        value={mode}
        onChange={(e) => setUiMode(e.target.value as UiMode)}
      >
        {UI_MODES.map((m) => (
          <option key={m} value={m}>
            {t(`classroom.uiMode.${m}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
