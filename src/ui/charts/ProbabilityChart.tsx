import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entropy, softenedProbabilities } from '../../core/distill/soften';
import type { TeacherExample } from '../../core/distill/examples';
import type { DatasetRef } from '../../core/data/types';
import { errorMessage, loadTeacherExamples } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { formatDecimal, formatPercent } from '../format';
import { ImageSample } from '../panels/ImageSample';
import { useClassName } from '../panels/useClassName';
import { useLocale } from '../useLocale';

const PER_KIND = 4;
const MULTIPLES = [1, 2, 3, 6] as const;
const NO_NAMES: readonly string[] = [];

type Loaded =
  | { runId: string; dataset: DatasetRef; examples: TeacherExample[] }
  | { runId: string; error: string };

/** Entropy as the hooks read it: nats, four decimals. */
const entropyValue = (p: ArrayLike<number>): string => entropy(p).toFixed(4);

/**
 * The teacher's softmax(z/T) for a few test examples, redrawn on the main thread from the
 * logits fetched once per teacher run, so dragging the temperature slider never waits on the
 * worker.
 */
export function ProbabilityChart() {
  const { t } = useTranslation();
  const teacherRunId = useLab((s) => s.teacherRunId);
  const dataset = useLab((s) => s.config.dataset);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (teacherRunId === null) return;
    let current = true;
    loadTeacherExamples(PER_KIND).then(
      (examples) => current && setLoaded({ runId: teacherRunId, dataset, examples }),
      (e: unknown) => current && setLoaded({ runId: teacherRunId, error: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
    // The examples belong to the teacher run, not to later config edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [teacherRunId]);

  let body;
  if (teacherRunId === null) body = <p className="muted">{t('distill.needTeacher')}</p>;
  else if (loaded === null || loaded.runId !== teacherRunId)
    body = <p className="muted">{t('distill.loading')}</p>;
  else if ('error' in loaded)
    body = (
      <p className="field-error" role="alert">
        {t('distill.loadFailed', { message: loaded.error })}
      </p>
    );
  else if (loaded.examples.length === 0) body = <p className="muted">{t('distill.noExamples')}</p>;
  else
    body = <ExampleView key={loaded.runId} dataset={loaded.dataset} examples={loaded.examples} />;

  return (
    <section className="panel" aria-labelledby="probs-heading">
      <h2 id="probs-heading">{t('distill.chartHeading')}</h2>
      <p className="muted">{t('distill.chartIntro')}</p>
      {body}
    </section>
  );
}

function ExampleView({ dataset, examples }: { dataset: DatasetRef; examples: TeacherExample[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const temperature = useLab((s) => s.config.distill.temperature);
  const className = useClassName(dataset, NO_NAMES);
  // Start on a confident example: at T = 1 nearly all its probability sits on one class (what
  // the temperature lesson's first step says), and raising T shows the dark knowledge appear.
  // The ambiguous ones are a pick away.
  const [chosen, setChosen] = useState(() =>
    Math.max(
      0,
      examples.findIndex((e) => e.kind === 'confident'),
    ),
  );
  const example = examples[Math.min(chosen, examples.length - 1)];
  const hard = useMemo(() => softenedProbabilities(example.logits, 1), [example]);
  const soft = useMemo(
    () => softenedProbabilities(example.logits, temperature),
    [example, temperature],
  );
  const tShown = formatDecimal(temperature, locale, 3);
  const side = example.features instanceof Uint8Array ? Math.sqrt(example.features.length) : 0;

  return (
    <div className="probs">
      <div className="probs-picker">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-example`}>
            {t('distill.example')}
          </label>
          <select
            id={`${id}-example`}
            className="input"
            value={chosen}
            onChange={(e) => setChosen(Number(e.target.value))}
          >
            {examples.map((e, i) => (
              <option key={`${e.kind}-${e.index}`} value={i}>
                {t('distill.exampleOption', {
                  kind: t(`distill.kinds.${e.kind}`),
                  index: e.index,
                  label: className(e.label),
                  predicted: className(e.predicted),
                })}
              </option>
            ))}
          </select>
        </div>
        {example.features instanceof Uint8Array && Number.isInteger(side) && side > 0 ? (
          <ImageSample
            pixels={example.features}
            width={side}
            height={side}
            caption={className(example.label)}
            label={t('dataset.sampleLabel', {
              index: example.index,
              name: className(example.label),
            })}
          />
        ) : null}
      </div>

      <div className="probs-chart" data-testid="probability-chart" data-kind={example.kind}>
        <Bars
          series={[hard, soft]}
          classLabel={className}
          ariaLabel={`${t('distill.atT', { temp: 1 })}, ${t('distill.atT', { temp: tShown })}`}
        />
        <ul className="probs-legend">
          <li>
            <span className="swatch swatch-1" aria-hidden="true" /> {t('distill.atT', { temp: 1 })}:{' '}
            {t('distill.entropy', { value: formatDecimal(entropy(hard), locale, 3) })}
          </li>
          <li>
            <span className="swatch swatch-2" aria-hidden="true" />{' '}
            {t('distill.atT', { temp: tShown })}:{' '}
            <output data-testid="softened-entropy" data-value={entropyValue(soft)}>
              {t('distill.entropy', { value: formatDecimal(entropy(soft), locale, 3) })}
            </output>
          </li>
        </ul>
        <ProbabilityList probs={soft} tShown={tShown} classLabel={className} />
      </div>

      <h3 className="probs-subheading">{t('distill.smallMultiples')}</h3>
      <div className="probs-multiples">
        {MULTIPLES.map((k) => {
          const p = softenedProbabilities(example.logits, k);
          return (
            <figure key={k} className="probs-multiple">
              <Bars
                series={[p]}
                classLabel={className}
                small
                ariaLabel={t('distill.atT', { temp: k })}
              />
              <figcaption>
                {t('distill.atT', { temp: k })}
                <br />
                {t('distill.entropy', { value: formatDecimal(entropy(p), locale, 3) })}
              </figcaption>
              <ProbabilityList probs={p} tShown={String(k)} classLabel={className} />
            </figure>
          );
        })}
      </div>
    </div>
  );
}

/** The chart's text alternative: every class with its probability. */
function ProbabilityList({
  probs,
  tShown,
  classLabel,
}: {
  probs: Float64Array;
  tShown: string;
  classLabel: (label: number) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="visually-hidden">
      <p>{t('distill.listCaption', { temp: tShown })}</p>
      <ul>
        {Array.from(probs, (p, c) => (
          <li key={c}>
            {t('distill.listItem', { name: classLabel(c), p: formatPercent(p, locale) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

const SERIES_CLASS = ['bar-1', 'bar-2'] as const;

/** Grouped bars, one group per class, heights on a fixed 0..1 scale. Plain SVG: cheap to redraw. */
function Bars({
  series,
  classLabel,
  ariaLabel,
  small = false,
}: {
  series: Float64Array[];
  classLabel: (label: number) => string;
  ariaLabel: string;
  small?: boolean;
}) {
  const classes = series[0]?.length ?? 0;
  const height = small ? 60 : 180;
  const labelSpace = small ? 0 : 18;
  const group = small ? 10 : 36;
  const width = classes * group;
  const barWidth = (group * 0.8) / series.length;
  return (
    <svg
      className={small ? 'bars bars-small' : 'bars'}
      viewBox={`0 0 ${width} ${height + labelSpace}`}
      role="img"
      aria-label={ariaLabel}
      preserveAspectRatio="none"
    >
      <line x1={0} x2={width} y1={height} y2={height} className="bars-axis" />
      {Array.from({ length: classes }, (_, c) => (
        <g key={c}>
          {series.map((p, s) => {
            const h = Math.max(0, Math.min(1, p[c])) * (height - 2);
            return (
              <rect
                key={s}
                className={SERIES_CLASS[s] ?? 'bar-1'}
                x={c * group + group * 0.1 + s * barWidth}
                y={height - h}
                width={barWidth}
                height={h}
              />
            );
          })}
          {small ? null : (
            <text
              x={c * group + group / 2}
              y={height + 14}
              textAnchor="middle"
              className="bars-label"
            >
              {classLabel(c)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
