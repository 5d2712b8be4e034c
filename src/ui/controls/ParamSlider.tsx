import * as Slider from '@radix-ui/react-slider';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getParam } from '../../core/config';
import { useLab } from '../../state/labStore';
import { formatDecimal } from '../format';
import { useLocale } from '../useLocale';
import { HelpTip } from './HelpTip';
import { paramRow } from './paramRow';
import { useSettledCommit } from './useSettledCommit';

export type SliderParamKey =
  'distill.temperature' | 'distill.alpha' | 'prune.sparsity' | 'quant.bits' | 'lowrank.rank';

interface ParamSliderProps {
  paramKey: SliderParamKey;
  testId?: string;
  /** Called after every change while dragging (and for each key press). */
  onDrag?: () => void;
  /** Called when a drag ends on a new value, and once arrow keys stop (KEY_SETTLE_MS). */
  onRelease?: () => void;
  /** How the value reads next to the label (default: three significant digits). */
  format?: (value: number, locale: string) => string;
}

/**
 * A Radix slider bound to one numeric key through the store's sanitising setter (so the link
 * follows). The thumb is the role="slider" element: arrows step, Home/End jump to the ends.
 */
export function ParamSlider({ paramKey, testId, onDrag, onRelease, format }: ParamSliderProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const row = paramRow(paramKey) as {
    min?: number;
    max?: number;
    step?: number;
    values?: readonly number[];
  };
  const value = useLab((s) => getParam(s.config, paramKey));
  const setParam = useLab((s) => s.setParam);
  const id = useId();
  const commit = useSettledCommit(onRelease);
  const label = t(`params.${paramKey}.label`);
  const shown = format ? format(value, locale) : formatDecimal(value, locale, 3);
  // A key with a list of allowed values (quant.bits: 1..8 or 32) slides over their positions,
  // so one step from 8 is 32; aria-valuenow still says the value itself.
  const values = row.values;
  const toPosition = (v: number) => (values ? Math.max(0, values.indexOf(v)) : v);
  const fromPosition = (p: number) => (values ? (values[p] ?? value) : p);
  const min = values ? 0 : (row.min ?? 0);
  const max = values ? values.length - 1 : (row.max ?? 1);
  const step = values ? 1 : (row.step ?? (max - min) / 100);

  return (
    <div className="field">
      <div className="slider-head">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <HelpTip id={`${id}-help`}>{t(`params.${paramKey}.help`)}</HelpTip>
        <output className="slider-value" htmlFor={`${id}-thumb`} data-value={value}>
          {shown}
        </output>
      </div>
      <Slider.Root
        className="slider-root"
        min={min}
        max={max}
        step={step}
        value={[toPosition(value)]}
        onValueChange={([p]) => {
          if (p === undefined) return;
          setParam(paramKey, fromPosition(p));
          onDrag?.();
        }}
        {...commit}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb
          id={`${id}-thumb`}
          className="slider-thumb"
          data-testid={testId}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-help`}
          aria-valuetext={shown}
          {...(values
            ? { 'aria-valuenow': value, 'aria-valuemin': row.min, 'aria-valuemax': row.max }
            : {})}
        />
      </Slider.Root>
    </div>
  );
}
