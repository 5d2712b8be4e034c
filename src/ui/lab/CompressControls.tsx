import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import { useLab } from '../../state/labStore';
import { EnumParam } from '../controls/EnumParam';
import { NumberParam } from '../controls/NumberParam';
import { OptionalNumberParam } from '../controls/OptionalNumberParam';
import { ParamSlider } from '../controls/ParamSlider';
import { formatPercent } from '../format';

/**
 * The compression knobs on the workbench: the target and the sliders (low rank only in the full
 * view). They preview while dragging and commit on release.
 */
export function CompressSliders({ withRank = true }: { withRank?: boolean }) {
  const { t } = useTranslation();
  const controller = compressController();
  const percent = (v: number, locale: string) => formatPercent(v, locale, 0);
  const bits = (v: number) => (v === 32 ? t('lab.bitsOff') : t('lab.bitsValue', { bits: v }));
  const rank = (v: number, locale: string) =>
    v === 1 ? t('lab.rankOff') : formatPercent(v, locale, 0);

  return (
    <div className="fields fields-single">
      <EnumParam paramKey="target" />
      <ParamSlider
        paramKey="prune.sparsity"
        testId="sparsity-slider"
        onDrag={controller.drag}
        onRelease={controller.release}
        format={percent}
      />
      <ParamSlider
        paramKey="quant.bits"
        testId="bits-slider"
        onDrag={controller.drag}
        onRelease={controller.release}
        format={bits}
      />
      {withRank ? (
        <ParamSlider
          paramKey="lowrank.rank"
          testId="rank-slider"
          onDrag={controller.drag}
          onRelease={controller.release}
          format={rank}
        />
      ) : null}
    </div>
  );
}

/** The method pickers in compact form, beside the sliders: they change the cheap result at once. */
export function CompressPickers() {
  const longRun = useLab((s) => s.compressRun !== null);
  return (
    <fieldset className="fields fields-compact" disabled={longRun}>
      <EnumParam paramKey="prune.method" />
      <EnumParam paramKey="prune.granularity" />
      <EnumParam paramKey="quant.mode" />
    </fieldset>
  );
}

/**
 * The remaining options, behind the "Compression options" tab: pruning scope and output layer,
 * quantization scheme and scale, size coding (all re-measured at once) and what only the
 * "Apply with …" buttons train (schedule, epochs, QAT, noise).
 */
export function CompressOptions() {
  const { t } = useTranslation();
  const exclude = useLab((s) => s.config.prune.exclude);
  const longRun = useLab((s) => s.compressRun !== null);

  return (
    <>
      <fieldset className="lab-options" disabled={longRun}>
        <details open>
          <summary>{t('lab.pruneOptions')}</summary>
          <div className="fields">
            <EnumParam paramKey="prune.at" />
            <EnumParam paramKey="prune.scope" />
            <EnumParam paramKey="prune.exclude" />
          </div>
          <p className="lab-note" data-testid="output-layer-note" data-value={exclude}>
            {exclude === 'output' ? t('lab.outputExcluded') : t('lab.outputPruned')}
          </p>
          <h3 className="subheading">{t('lab.trainingOptions')}</h3>
          <div className="fields">
            <EnumParam paramKey="prune.schedule" />
            <NumberParam paramKey="prune.rounds" />
            <NumberParam paramKey="prune.finetuneEpochs" />
            <EnumParam paramKey="prune.init" />
            <OptionalNumberParam
              paramKey="prune.retrainEpochs"
              placeholder="methodNotice.retrainPlaceholder"
            />
          </div>
        </details>
        <details>
          <summary>{t('lab.quantOptions')}</summary>
          <div className="fields">
            <EnumParam paramKey="quant.scheme" />
            <EnumParam paramKey="quant.granularity" />
            <NumberParam paramKey="quant.pqBlock" />
            <NumberParam paramKey="quant.epochs" />
            <NumberParam paramKey="quant.noise" />
          </div>
        </details>
        <details>
          <summary>{t('lab.sizeOptions')}</summary>
          <div className="fields">
            <EnumParam paramKey="size.coding" />
          </div>
        </details>
      </fieldset>
    </>
  );
}
