import { useTranslation } from 'react-i18next';
import { compressController, targetReady } from '../../state/compressActions';
import { FULL_RUN_KINDS, fullRunBlocker } from '../../state/compressSettings';
import { useLab } from '../../state/labStore';
import { CompressRunProgress } from './CompressRunProgress';

/**
 * The expensive forms: fine-tuning after the cut, an iterative schedule, quantization-aware
 * training and k-means weight sharing. They train in the worker; the page stays live.
 */
export function FullRunControls() {
  const { t } = useTranslation();
  const ready = useLab(targetReady);
  const busy = useLab((s) => s.compressRun !== null);
  const config = useLab((s) => s.config);
  return (
    <div className="lab-full">
      <h3 className="subheading">{t('lab.fullHeading')}</h3>
      <p className="muted">{t('lab.fullIntro')}</p>
      <div className="actions">
        {FULL_RUN_KINDS.map((kind) => {
          const blocker = fullRunBlocker(config, kind);
          return (
            <button
              key={kind}
              type="button"
              className="button"
              data-testid={`apply-${kind}`}
              disabled={!ready || busy || blocker !== null}
              title={blocker ? t(`lab.blockers.${blocker}`) : t(`lab.fullHelp.${kind}`)}
              onClick={() => void compressController().runFull(kind)}
            >
              {t(`lab.full.${kind}`)}
            </button>
          );
        })}
      </div>
      <CompressRunProgress task="full" />
    </div>
  );
}
