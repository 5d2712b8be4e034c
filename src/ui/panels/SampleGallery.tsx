import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetRef } from '../../core/data/types';
import type { SampleGrid } from '../../engine/api';
import { errorMessage, loadSamples } from '../../state/engineActions';
import { useLab } from '../../state/labStore';
import { ImageSample } from './ImageSample';
import { PointScatter } from './PointScatter';
import { useClassName } from './useClassName';

type Loaded = { dataset: DatasetRef; grid: SampleGrid } | { dataset: DatasetRef; error: string };

/** Examples of the chosen dataset, fetched from the worker whenever the dataset changes. */
export function SampleGallery() {
  const { t } = useTranslation();
  const dataset = useLab((s) => s.config.dataset);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    loadSamples(dataset).then(
      (grid) => current && setLoaded({ dataset, grid }),
      (e: unknown) => current && setLoaded({ dataset, error: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [dataset]);

  if (!loaded || loaded.dataset !== dataset) {
    return (
      <p className="muted" aria-live="polite">
        {t('dataset.loading')}
      </p>
    );
  }
  if ('error' in loaded) {
    return <p className="field-error">{t('dataset.loadFailed', { message: loaded.error })}</p>;
  }
  return <SampleView grid={loaded.grid} />;
}

function SampleView({ grid }: { grid: SampleGrid }) {
  const { t } = useTranslation();
  const className = useClassName(grid.dataset, grid.classNames);
  const [height, width] = grid.imageSize;

  if (height === 0 || width === 0) {
    return (
      <PointScatter
        points={grid.pixels as Float32Array}
        labels={grid.labels}
        classCount={grid.classNames.length}
        className={className}
      />
    );
  }
  const size = height * width;
  const pixels = grid.pixels as Uint8Array;
  return (
    <div className="sample-grid">
      {Array.from(grid.labels, (label, i) => {
        const name = className(label);
        return (
          <ImageSample
            key={i}
            pixels={pixels.subarray(i * size, (i + 1) * size)}
            width={width}
            height={height}
            caption={name}
            label={t('dataset.sampleLabel', { index: i + 1, name })}
          />
        );
      })}
    </div>
  );
}
