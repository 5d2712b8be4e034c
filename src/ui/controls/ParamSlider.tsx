import * as Slider from '@radix-ui/react-slider';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getParam } from '../../core/config';
import { useLab } from '../../state/labStore';
import { formatDecimal } from '../format';
import { useLocale } from '../useLocale';
import { paramRow } from './paramRow';

export type SliderParamKey = 'distill.temperature' | 'distill.alpha';

interface ParamSliderProps {
  paramKey: SliderParamKey;
  testId?: string;
}

/**
 * A Radix slider bound to one numeric key through the store's sanitising setter (so the link
 * follows). The thumb is the role="slider" element: arrows step, Home/End jump to the ends.
 */
export function ParamSlider({ paramKey, testId }: ParamSliderProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const row = paramRow(paramKey) as { min?: number; max?: number; step?: number };
  const min = row.min ?? 0;
  const max = row.max ?? 1;
  const step = row.step ?? (max - min) / 100;
  const value = useLab((s) => getParam(s.config, paramKey));
  const setParam = useLab((s) => s.setParam);
  const id = useId();
  const label = t(`params.${paramKey}.label`);
  const shown = formatDecimal(value, locale, 3);

  return (
    <div className="field">
      <div className="slider-head">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <output className="slider-value" htmlFor={`${id}-thumb`} data-value={value}>
          {shown}
        </output>
      </div>
      <Slider.Root
        className="slider-root"
        min={min}
        max={max}
        step={step}
        value={[value]}
        onValueChange={([v]) => {
          if (v !== undefined) setParam(paramKey, v);
        }}
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
        />
      </Slider.Root>
      <p className="field-help" id={`${id}-help`}>
        {t(`params.${paramKey}.help`)}
      </p>
    </div>
  );
}
