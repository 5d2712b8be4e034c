import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionMaps as Maps } from '../../core/model/attentionMaps';
import { errorMessage, loadAttentionMaps } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { formatDecimal } from '../format';
import { useClassName } from '../panels/useClassName';
import { useLocale } from '../useLocale';
import './attention.css';

/** Screen pixels per image pixel of one map. */
const ZOOM = 3;
const NO_NAMES: readonly string[] = [];

type Loaded = { key: string; maps: Maps | null } | { key: string; error: string };

/**
 * The trained teacher's attention: per block, one map per head of where the class token looks
 * on a chosen test image, computed in the worker. Only a vision transformer has one.
 */
export function AttentionMapsPanel() {
  const { t } = useTranslation();
  const arch = useLab((s) => s.config.teacher.arch);
  const dataset = useLab((s) => s.config.dataset);
  const teacherRunId = useLab((s) => s.teacherRunId);
  const className = useClassName(dataset, NO_NAMES);
  const [index, setIndex] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${teacherRunId}:${index}`;
  const vit = arch.startsWith('vit:');

  useEffect(() => {
    if (teacherRunId === null || !vit) return;
    let current = true;
    loadAttentionMaps(index).then(
      (maps) => current && setLoaded({ key, maps }),
      (e: unknown) => current && setLoaded({ key, error: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [teacherRunId, index, key, vit]);

  let body;
  if (!vit) body = <p className="muted">{t('vit2.attention.notVit')}</p>;
  else if (teacherRunId === null) body = <p className="muted">{t('vit2.attention.needTeacher')}</p>;
  else if (loaded === null || loaded.key !== key)
    body = <p className="muted">{t('vit2.attention.loading')}</p>;
  else if ('error' in loaded)
    body = (
      <p className="field-error" role="alert">
        {t('vit2.attention.failed', { message: loaded.error })}
      </p>
    );
  else if (loaded.maps === null) body = <p className="muted">{t('vit2.attention.notVit')}</p>;
  else {
    const maps = loaded.maps;
    body = (
      <>
        <div className="attention-nav">
          <button
            type="button"
            onClick={() => setIndex((i) => Math.max(0, i - 1))}
            disabled={maps.index === 0}
          >
            {t('vit2.attention.previous')}
          </button>
          <button type="button" onClick={() => setIndex(maps.index + 1)}>
            {t('vit2.attention.next')}
          </button>
          <span data-testid="attention-image" data-value={maps.index}>
            {t('vit2.attention.image', {
              index: maps.index,
              label: className(maps.label),
              predicted: className(maps.predicted),
            })}
          </span>
        </div>
        <p className="muted">
          {t('vit2.attention.trainedArch', { arch: maps.arch })}. {t('vit2.attention.spreadHelp')}
        </p>
        <AttentionGrid maps={maps} />
      </>
    );
  }
  return (
    <section className="panel attention-panel" aria-labelledby="attention-heading">
      <h2 id="attention-heading">{t('vit2.attention.heading')}</h2>
      <p className="muted">{t('vit2.attention.intro')}</p>
      {body}
    </section>
  );
}

function AttentionGrid({ maps }: { maps: Maps }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div
      className="attention-grid"
      data-testid="attention-maps"
      data-value={maps.layers * maps.heads}
    >
      {Array.from({ length: maps.layers }, (_, l) => (
        <div className="attention-layer" key={l}>
          <h3 className="subheading">{t('vit2.attention.layer', { layer: l + 1 })}</h3>
          <div className="attention-heads">
            {Array.from({ length: maps.heads }, (_, h) => {
              const spread = formatDecimal(maps.spread[l * maps.heads + h], locale, 2);
              return (
                <figure key={h} className="attention-head">
                  <HeadMap
                    maps={maps}
                    layer={l}
                    head={h}
                    label={t('vit2.attention.mapLabel', { layer: l + 1, head: h + 1, spread })}
                  />
                  <figcaption>
                    {t('vit2.attention.head', { head: h + 1 })} ·{' '}
                    {t('vit2.attention.spread', { spread })}
                  </figcaption>
                </figure>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

/** The image in gray with each patch tinted orange by its share of the head's attention
 * (scaled to the head's largest share, so a diffuse head still shows its pattern). */
function HeadMap({
  maps,
  layer,
  head,
  label,
}: {
  maps: Maps;
  layer: number;
  head: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { side, grid, image } = maps;
  const patches = grid * grid;
  const offset = (layer * maps.heads + head) * patches;
  const map = maps.maps.subarray(offset, offset + patches);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const patch = side / grid;
    const top = Math.max(...map);
    const pixels = ctx.createImageData(side, side);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) {
        const p = y * side + x;
        const w = top > 0 ? map[Math.floor(y / patch) * grid + Math.floor(x / patch)] / top : 0;
        const g = 40 + 120 * image[p];
        pixels.data[p * 4] = g + (255 - g) * w;
        pixels.data[p * 4 + 1] = g + (150 - g) * w * 0.8;
        pixels.data[p * 4 + 2] = g * (1 - w);
        pixels.data[p * 4 + 3] = 255;
      }
    ctx.putImageData(pixels, 0, 0);
  }, [map, side, grid, image]);

  return (
    <canvas
      ref={ref}
      width={side}
      height={side}
      style={{ width: side * ZOOM, height: side * ZOOM }}
      className="attention-map"
      role="img"
      aria-label={label}
      data-testid="attention-map"
      data-layer={layer}
      data-head={head}
      data-value={maps.spread[layer * maps.heads + head]}
    />
  );
}
