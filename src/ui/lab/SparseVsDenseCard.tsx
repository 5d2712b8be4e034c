import { useTranslation } from 'react-i18next';
import { compressController, targetReady } from '../../state/compressActions';
import { useLab } from '../../state/labStore';
import { formatBytes, formatInteger, formatPercent, formatPpDelta } from '../format';
import { useLocale } from '../useLocale';
import { CompressRunProgress } from './CompressRunProgress';
import { SplitNote } from '../SplitNote';

/**
 * The same number of non-zero weights two ways: prune the big model, or train a narrower dense
 * one from scratch. Zhu & Gupta found the large sparse model usually wins; here one can check.
 */
export function SparseVsDenseCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useLab((s) => s.sparseVsDense);
  const ready = useLab(targetReady);
  const busy = useLab((s) => s.compressRun !== null);
  const sparsity = useLab((s) => s.config.prune.sparsity);
  const delta = result ? result.largeSparse.accuracy - result.smallDense.accuracy : 0;
  return (
    <section className="panel" aria-labelledby="svd-heading">
      <h2 id="svd-heading">{t('lab.sparseVsDense.heading')}</h2>
      <p className="muted">{t('lab.sparseVsDense.intro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="sparse-vs-dense"
          disabled={!ready || busy || sparsity === 0}
          title={sparsity === 0 ? t('lab.blockers.needs-sparsity') : undefined}
          onClick={() => void compressController().compareSparseVsDense()}
        >
          {t('lab.sparseVsDense.run', { sparsity: formatPercent(sparsity, locale, 0) })}
        </button>
      </div>
      <CompressRunProgress task="sparseVsDense" />
      {result ? (
        <>
          <table className="results-table svd-table" data-testid="sparse-vs-dense-result">
            <caption>
              {t('lab.sparseVsDense.caption', {
                count: formatInteger(result.nonzeroWeights, locale),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('distill.model')}</th>
                <th scope="col">{t('lab.sparseVsDense.arch')}</th>
                <th scope="col">{t('splits.valAccuracy')}</th>
                <th scope="col">{t('distill.bytes')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  {t('lab.sparseVsDense.largeSparse', {
                    sparsity: formatPercent(result.largeSparse.sparsity, locale, 0),
                  })}
                </th>
                <td className="mono">{result.largeSparse.arch}</td>
                <td>{formatPercent(result.largeSparse.accuracy, locale)}</td>
                <td>{formatBytes(result.largeSparse.sizeBytes, locale)}</td>
              </tr>
              <tr>
                <th scope="row">{t('lab.sparseVsDense.smallDense')}</th>
                <td className="mono">{result.smallDense.arch}</td>
                <td>{formatPercent(result.smallDense.accuracy, locale)}</td>
                <td>{formatBytes(result.smallDense.sizeBytes, locale)}</td>
              </tr>
            </tbody>
          </table>
          <SplitNote
            split="validation"
            testId="sparse-vs-dense-split"
            text={t('splits.sparseVsDense', { count: formatInteger(result.examples, locale) })}
          />
          <p className="distill-verdict">
            {Math.round(delta * 1000) === 0
              ? t('lab.sparseVsDense.tie')
              : delta > 0
                ? t('lab.sparseVsDense.sparseWins', { pp: formatPpDelta(delta, locale) })
                : t('lab.sparseVsDense.denseWins', { pp: formatPpDelta(-delta, locale) })}
          </p>
        </>
      ) : null}
    </section>
  );
}
