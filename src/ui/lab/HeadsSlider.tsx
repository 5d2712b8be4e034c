import * as Slider from '@radix-ui/react-slider';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { compressController } from '../../state/compressActions';
import { setParam } from '../../core/config';
import { labStore, useLab } from '../../state/labStore';
import { HelpTip } from '../controls/HelpTip';
import { useSettledCommit } from '../controls/useSettledCommit';
import { headsKept, sparsityForKept, targetHeads } from './headsKept';

/**
 * "Heads kept" for a vision transformer target: the same Radix slider as the other knobs, but
 * its value is a count of heads; moving it sets whole-head pruning over the whole model and the
 * sparsity 1 − kept/total, then previews and commits through the compression path like the
 * sparsity slider. Renders nothing for other targets.
 */
export function HeadsSlider() {
  const { t } = useTranslation();
  const config = useLab((s) => s.config);
  const id = useId();
  // Whether the last move switched pruning to whole heads: the store's option watcher commits
  // that change at once, so the release must not commit the same settings a second time.
  const optionCommits = useRef(false);
  // Checked when the commit runs: for a key press Radix calls onValueCommit before
  // onValueChange has recorded whether this move switched the option.
  const commit = useSettledCommit(() => {
    if (!optionCommits.current) compressController().release();
  });
  const heads = targetHeads(config);
  if (!heads) return null;
  const { total, min } = heads;
  const kept = headsKept(config, total, min);
  const controller = compressController();
  const shown = t('vit2.heads.value', { kept, total });

  return (
    <div className="fields fields-single">
      <div className="field">
        <div className="slider-head">
          <span className="field-label" id={`${id}-label`}>
            {t('vit2.heads.label')}
          </span>
          <HelpTip id={`${id}-help`}>{t('vit2.heads.help')}</HelpTip>
          <output className="slider-value" htmlFor={`${id}-thumb`} data-value={kept}>
            {shown}
          </output>
        </div>
        <Slider.Root
          className="slider-root"
          min={min}
          max={total}
          step={1}
          value={[kept]}
          onValueChange={([k]) => {
            if (k === undefined) return;
            // One update: three would let the option watcher commit a point for the half-set
            // settings (granularity changed, sparsity not yet).
            const { prune } = labStore.getState().config;
            optionCommits.current = prune.granularity !== 'head' || prune.scope !== 'global';
            labStore.setState((s) => {
              const head = setParam(s.config, 'prune.granularity', 'head');
              const scoped = setParam(head, 'prune.scope', 'global');
              return { config: setParam(scoped, 'prune.sparsity', sparsityForKept(k, total)) };
            });
            if (!optionCommits.current) controller.drag();
          }}
          {...commit}
        >
          <Slider.Track className="slider-track">
            <Slider.Range className="slider-range" />
          </Slider.Track>
          <Slider.Thumb
            id={`${id}-thumb`}
            className="slider-thumb"
            data-testid="heads-slider"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-help`}
            aria-valuetext={shown}
          />
        </Slider.Root>
      </div>
    </div>
  );
}
