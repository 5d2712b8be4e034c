import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { CHART_AXES, selectChartAxis } from '../../state/speedSlice';

/** Bytes, MACs or measured latency on the Pareto chart's x-axis; the link keeps it (`axis=`). */
export function ChartAxisSelect() {
  const { t } = useTranslation();
  const axis = useLab(selectChartAxis);
  const setExtra = useLab((s) => s.setExtra);
  const id = useId();
  return (
    <div className="chart-axis">
      <label htmlFor={id}>{t('speed.axisLabel')}</label>
      <select
        id={id}
        className="input input-compact"
        data-testid="chart-axis"
        value={axis}
        onChange={(e) => setExtra('axis', e.target.value === 'bytes' ? null : e.target.value)}
      >
        {CHART_AXES.map((a) => (
          <option key={a} value={a}>
            {t(`speed.axes.${a}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
