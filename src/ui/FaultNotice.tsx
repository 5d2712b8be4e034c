import { useTranslation } from 'react-i18next';
import type { ParamKey, ParamValue } from '../core/config';
import type { FaultNotice as Notice } from '../state/faultsSlice';
import { useLab } from '../state/labStore';
import { backendName, plainT, type Translate } from './backendLabel';
import { formatBytes, formatDuration, formatInteger } from './format';
import { useLocale } from './useLocale';

/**
 * What went wrong outside the learner's control (a lost GPU, a crashed worker) and what the app
 * did about it, or why a run was refused before it started. One item each, until dismissed.
 */
export function FaultNotice() {
  const { t } = useTranslation();
  const faults = useLab((s) => s.faults);
  const dismiss = useLab((s) => s.faultDismissed);
  if (faults.length === 0) return null;
  return (
    <>
      {faults.map((fault) => (
        <section
          key={fault.id}
          className="notice"
          data-testid="fault-notice"
          data-value={fault.kind}
          role={fault.kind === 'memory' || fault.kind === 'time' ? 'alert' : 'status'}
        >
          <div className="notice-body">
            <p className="notice-title">{t('faults.heading')}</p>
            <FaultText fault={fault} />
          </div>
          <button type="button" className="button button-quiet" onClick={() => dismiss(fault.id)}>
            {t('faults.dismiss')}
          </button>
        </section>
      ))}
    </>
  );
}

function FaultText({ fault }: { fault: Notice }) {
  const { t } = useTranslation();
  const tr: Translate = plainT(t);
  const locale = useLocale();
  const setParam = useLab((s) => s.setParam);
  const bytes = (n: number) => formatBytes(n, locale);
  switch (fault.kind) {
    case 'device-lost':
      return (
        <p>
          {fault.to === null
            ? t('faults.deviceLostNoBackend', { reason: fault.reason })
            : t('faults.deviceLost', { reason: fault.reason, to: backendName(fault.to, tr) })}
        </p>
      );
    case 'worker-restarted':
      return (
        <p>
          {t(fault.duringRun ? 'faults.workerRestartedRun' : 'faults.workerRestarted', {
            reason: fault.reason,
          })}
        </p>
      );
    case 'memory': {
      const { estimate: e, budget, over, suggestion, backend } = fault.check;
      return (
        <>
          <p data-testid="memory-estimate" data-value={e.totalBytes}>
            {over === 'tensor'
              ? t('faults.memoryTensor', {
                  tensor: bytes(e.largestTensorBytes),
                  limit: bytes(budget.maxTensorBytes ?? 0),
                })
              : t('faults.memoryRefused', {
                  total: bytes(e.totalBytes),
                  budget: bytes(budget.totalBytes),
                  backend: backendName(backend, tr),
                })}
          </p>
          <p>
            {t('faults.memoryBreakdown', {
              weights: bytes(e.weightsBytes),
              optimizer: bytes(e.optimizerBytes),
              gradients: bytes(e.gradientBytes),
              batch: formatInteger(fault.check.batchSize, locale),
              activations: bytes(e.activationBytes),
              data: bytes(e.datasetBytes + e.extraBytes),
            })}
          </p>
          {suggestion ? (
            <p>
              {t('faults.memorySuggest', { key: suggestion.key, value: String(suggestion.value) })}{' '}
              <button
                type="button"
                className="button button-quiet"
                data-testid="memory-suggestion"
                onClick={() =>
                  setParam(suggestion.key as ParamKey, suggestion.value as ParamValue<ParamKey>)
                }
              >
                {t('faults.memoryApply', { key: suggestion.key, value: String(suggestion.value) })}
              </button>
            </p>
          ) : (
            <p>{t('faults.memoryNoSuggestion')}</p>
          )}
        </>
      );
    }
    case 'time': {
      const { seconds, limitSeconds, suggestion, backend } = fault.check;
      const key = suggestion?.key ?? '';
      const value = String(suggestion?.value ?? '');
      return (
        <>
          <p data-testid="time-estimate" data-value={Math.round(seconds)}>
            {t('hardening.time.refused', {
              time: formatDuration(seconds * 1000, locale),
              limit: formatDuration(limitSeconds * 1000, locale),
              backend: backendName(backend, tr),
            })}
          </p>
          {suggestion ? (
            <p>
              {t('hardening.time.suggest', { key, value })}{' '}
              <button
                type="button"
                className="button button-quiet"
                data-testid="time-suggestion"
                onClick={() => setParam(suggestion.key, suggestion.value)}
              >
                {t('hardening.time.apply', { key, value })}
              </button>
            </p>
          ) : (
            <p>{t('hardening.time.noSuggestion')}</p>
          )}
        </>
      );
    }
  }
}
