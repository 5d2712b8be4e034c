import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawProbe as Reply, ProbeAnswer } from '../../engine/api';
import { drawProbeChannel } from '../../state/drawProbeActions';
import { useLab } from '../../state/labStore';
import { formatPercent } from '../format';
import { ImageSample } from '../panels/ImageSample';
import { useLocale } from '../useLocale';
import { PAD_SIZE, useDrawPad } from './useDrawPad';
import './owndata.css';

type Shown = { reply: Reply } | { error: string } | null;

/**
 * Draw a digit and see the dense teacher, the students (distilled and from scratch, once trained)
 * and the compressed model answer side by side, live. The worker preprocesses and classifies; this component only draws.
 */
export function DrawProbe() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>(null);
  const [waiting, setWaiting] = useState(false);
  const channel = useMemo(
    () =>
      drawProbeChannel(
        (reply) => {
          setShown({ reply });
          setWaiting(false);
        },
        (error) => {
          setShown({ error });
          setWaiting(false);
        },
      ),
    [],
  );
  const onChange = useCallback(
    (gray: Uint8Array | null) => {
      if (!gray) {
        channel.dropPending();
        setShown(null);
        return;
      }
      setWaiting(true);
      channel.submit({ gray, width: PAD_SIZE, height: PAD_SIZE });
    },
    [channel],
  );
  const { canvasRef, handlers, strokeCount, undo, clear, resend } = useDrawPad(onChange);

  // Ask again when the models change: a new teacher or students, a slider release (commit) or
  // a full compression run. Drags (previews) do not: the answer follows the released setting.
  const teacher = useLab((s) => s.result);
  const students = useLab((s) => s.students);
  const committed = useLab((s) => (s.livePoint?.form === 'preview' ? null : s.livePoint));
  useEffect(() => {
    resend();
  }, [teacher, students, committed, resend]);

  return (
    <section className="panel draw-probe" aria-labelledby="draw-heading">
      <h2 id="draw-heading">{t('owndata.draw.heading')}</h2>
      <p className="muted">{t('owndata.draw.intro')}</p>
      <div className="draw-layout">
        <div className="draw-pad-column">
          <canvas
            ref={canvasRef}
            data-testid="draw-pad"
            className="draw-pad"
            width={PAD_SIZE}
            height={PAD_SIZE}
            aria-label={t('owndata.draw.pad')}
            {...handlers}
          />
          <div className="draw-buttons">
            <button type="button" className="button" disabled={strokeCount === 0} onClick={undo}>
              {t('owndata.draw.undo')}
            </button>
            <button type="button" className="button" disabled={strokeCount === 0} onClick={clear}>
              {t('owndata.draw.clear')}
            </button>
          </div>
        </div>
        <div className="draw-answers" aria-live="polite">
          {strokeCount === 0 || !shown ? (
            <p className="muted">
              {strokeCount === 0 ? t('owndata.draw.empty') : t('owndata.draw.thinking')}
            </p>
          ) : 'error' in shown ? (
            <p className="field-error">{t('owndata.draw.failed', { message: shown.error })}</p>
          ) : (
            <Answers reply={shown.reply} stale={waiting} />
          )}
        </div>
      </div>
    </section>
  );
}

function Answers({ reply, stale }: { reply: Reply; stale: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (reply.unavailable === 'no-teacher')
    return <p className="muted">{t('owndata.draw.noTeacher')}</p>;
  if (reply.unavailable === 'not-digit-images')
    return <p className="muted">{t('owndata.draw.notDigits')}</p>;
  const byModel = (m: ProbeAnswer['model']) => reply.answers.find((a) => a.model === m) ?? null;
  const teacher = byModel('teacher');
  const compressed = byModel('compressed');
  const nameOf = (c: number) => reply.classNames[c] ?? String(c);
  const target =
    reply.compressedTarget === 'student'
      ? t('owndata.draw.targetStudent')
      : t('owndata.draw.targetTeacher');
  const label = (a: ProbeAnswer) =>
    a.model === 'compressed'
      ? t('owndata.draw.compressed', { target })
      : t(`owndata.draw.${a.model}`);
  const image = Uint8Array.from(reply.image, (v) => Math.round(v * 255));

  return (
    <div className={stale ? 'draw-result is-stale' : 'draw-result'}>
      <ImageSample
        pixels={image}
        width={28}
        height={28}
        caption={t('owndata.draw.seen')}
        label={t('owndata.draw.seen')}
      />
      <ul className="draw-top">
        {reply.answers.map((a) => (
          <li key={a.model}>
            <output
              data-testid={a.model === 'teacher' ? 'draw-prediction' : `draw-prediction-${a.model}`}
              data-value={a.top}
              data-probs={a.probs.map((p) => p.toFixed(4)).join(',')}
            >
              {t('owndata.draw.answer', {
                model: label(a),
                name: nameOf(a.top),
                p: formatPercent(a.probs[a.top], locale),
              })}
            </output>
          </li>
        ))}
      </ul>
      {teacher && compressed ? (
        <p
          className={compressed.top === teacher.top ? 'muted' : 'draw-changed'}
          data-testid="draw-disagreement"
          data-value={compressed.top === teacher.top ? 'same' : 'changed'}
        >
          {compressed.top === teacher.top
            ? t('owndata.draw.agree')
            : t('owndata.draw.changed', {
                compressed: nameOf(compressed.top),
                teacher: nameOf(teacher.top),
              })}
        </p>
      ) : null}
      <table className="draw-table">
        <caption className="visually-hidden">{t('owndata.draw.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('owndata.draw.classColumn')}</th>
            {reply.answers.map((a) => (
              <th key={a.model} scope="col">
                {label(a)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reply.classNames.map((name, c) => (
            <tr key={c}>
              <th scope="row">{name}</th>
              {reply.answers.map((a) => (
                <td key={a.model} className={a.top === c ? 'is-top' : undefined}>
                  <span
                    className="draw-bar"
                    style={{ width: `${Math.round(a.probs[c] * 100)}%` }}
                  />
                  <span className="draw-p">{formatPercent(a.probs[c], locale, 0)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
