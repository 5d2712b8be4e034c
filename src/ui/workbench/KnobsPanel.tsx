import { useTranslation } from 'react-i18next';
import { findLesson } from '../../lessons/lessons';
import { compressController } from '../../state/compressActions';
import { selectLessonId, selectStep, type UiMode } from '../../state/classroomSlice';
import { useLab } from '../../state/labStore';
import { ParamSlider, type SliderParamKey } from '../controls/ParamSlider';
import { CompressPickers, CompressSliders } from '../lab/CompressControls';
import { HeadsSlider } from '../lab/HeadsSlider';
import { formatPercent } from '../format';
import { stepSliders } from './stepSliders';

/**
 * The causes: compression target and sliders, the temperature, and (full view) the method
 * pickers. The presenter shows only the sliders the current lesson step turns.
 */
export function KnobsPanel({ mode }: { mode: UiMode }) {
  const { t } = useTranslation();
  const lessonId = useLab(selectLessonId);
  const step = useLab(selectStep);
  const lesson = lessonId === null ? undefined : findLesson(lessonId);

  if (mode === 'present' && lesson) {
    return (
      <section className="panel bench-knobs" aria-labelledby="bench-knobs-heading">
        <h2 id="bench-knobs-heading">{t('workbench.stepControls')}</h2>
        <div className="fields fields-single">
          {stepSliders(lesson, step).map((key) => (
            <KnobSlider key={key} paramKey={key} />
          ))}
        </div>
      </section>
    );
  }
  return (
    <section className="panel bench-knobs" aria-labelledby="lab-heading">
      <h2 id="lab-heading">{t('lab.heading')}</h2>
      <CompressSliders withRank={mode === 'full'} />
      <HeadsSlider />
      <div className="fields fields-single bench-temperature">
        <KnobSlider paramKey="distill.temperature" />
      </div>
      {mode === 'full' ? (
        <>
          <h3 className="subheading">{t('workbench.methods')}</h3>
          <CompressPickers />
        </>
      ) : null}
    </section>
  );
}

const TEST_IDS: Partial<Record<SliderParamKey, string>> = {
  'prune.sparsity': 'sparsity-slider',
  'quant.bits': 'bits-slider',
  'distill.temperature': 'temperature-slider',
  'lowrank.rank': 'rank-slider',
  'distill.alpha': 'alpha-slider',
};

/** One slider with the hooks and formats the lab uses; compression keys preview and commit. */
function KnobSlider({ paramKey }: { paramKey: SliderParamKey }) {
  const { t } = useTranslation();
  const controller = compressController();
  const compresses = paramKey !== 'distill.temperature' && paramKey !== 'distill.alpha';
  const format =
    paramKey === 'quant.bits'
      ? (v: number) => (v === 32 ? t('lab.bitsOff') : t('lab.bitsValue', { bits: v }))
      : paramKey === 'prune.sparsity' || paramKey === 'lowrank.rank'
        ? (v: number, locale: string) => formatPercent(v, locale, 0)
        : undefined;
  return (
    <ParamSlider
      paramKey={paramKey}
      testId={TEST_IDS[paramKey]}
      onDrag={compresses ? controller.drag : undefined}
      onRelease={compresses ? controller.release : undefined}
      format={format}
    />
  );
}
