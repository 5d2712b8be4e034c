import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newlyWrong } from '../../core/analysis/confusion';
import type { CompressionInspection } from '../../core/experiment/compress/types';
import { formatInteger } from '../format';
import { useLocale } from '../useLocale';
import { ImageSample } from '../panels/ImageSample';

const SHOWN = 24;

/**
 * Test examples the dense model got right and the compressed one gets wrong: the images when
 * the worker sent them (image datasets), else each as its index and the two labels.
 */
export function RegressionList({
  inspection,
  className,
}: {
  inspection: CompressionInspection;
  className: (label: number) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { labels, dense, compressed } = inspection.predictions;
  const images = inspection.newlyWrongImages;
  // The images' own shape: any imported size, gray or RGB, whatever the first layer is.
  const [height, width, channels] = images?.shape ?? [0, 0, 1];
  const area = height * width * channels;
  const { indices, count } = useMemo(
    () => newlyWrong(labels, dense, compressed, SHOWN),
    [labels, dense, compressed],
  );
  return (
    <figure className="inspector" data-testid="newly-wrong" data-value={count}>
      <figcaption className="chart-title">{t('lab.inspect.newlyWrong')}</figcaption>
      {count === 0 ? (
        <p className="muted">{t('lab.inspect.noneWrong')}</p>
      ) : (
        <>
          <p className="lab-note">
            {t('lab.inspect.newlyWrongCount', { count: formatInteger(count, locale) })}
          </p>
          {images ? (
            <div className="sample-grid">
              {images.indices.map((i, k) => (
                <ImageSample
                  key={i}
                  pixels={images.pixels.subarray(k * area, (k + 1) * area)}
                  width={width}
                  height={height}
                  channels={channels === 3 ? 3 : 1}
                  caption={`${className(labels[i])} → ${className(compressed[i])}`}
                  label={t('lab.inspect.wasNow', {
                    truth: className(labels[i]),
                    predicted: className(compressed[i]),
                  })}
                />
              ))}
            </div>
          ) : null}
          <ul className="regressions" hidden={images !== null}>
            {indices.map((i) => (
              <li key={i}>
                <span className="mono">#{i}</span>{' '}
                {t('lab.inspect.wasNow', {
                  truth: className(labels[i]),
                  predicted: className(compressed[i]),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
