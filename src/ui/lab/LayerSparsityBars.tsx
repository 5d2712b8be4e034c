import { useTranslation } from 'react-i18next';
import type { LayerReport } from '../../core/experiment/compress/types';
import { formatInteger, formatPercent } from '../format';
import { useLocale } from '../useLocale';

/** How much of each layer is gone: a global threshold leaves layers at different sparsities. */
export function LayerSparsityBars({ layers }: { layers: LayerReport[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <figure className="inspector" data-testid="layer-sparsity" data-value={layers.length}>
      <figcaption className="chart-title">{t('lab.inspect.layerSparsity')}</figcaption>
      <ul className="layer-bars">
        {layers.map((layer) => (
          <li key={layer.name}>
            <div className="layer-bar-head">
              <span className="mono">{layer.name}</span>
              <span>
                {t('lab.inspect.layerLine', {
                  sparsity: formatPercent(layer.sparsity, locale),
                  kept: formatInteger(layer.kept, locale),
                  weights: formatInteger(layer.weights, locale),
                  bits: layer.bits >= 32 ? 'fp32' : `${layer.bits}-bit`,
                })}
              </span>
            </div>
            <div
              className="layer-bar"
              role="meter"
              aria-label={layer.name}
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={layer.sparsity}
            >
              <div className="layer-bar-fill" style={{ width: `${layer.sparsity * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
