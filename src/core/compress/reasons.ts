/**
 * Why the engine refuses a combination of methods, or what it has to say about one that runs:
 * a code and its parameters, so the app can say it in the learner's language
 * (src/i18n/refusals.*.ts) while the CLI and error messages use the English below. The English
 * templates use i18next's {{name}} placeholders and are the English catalogue's own text.
 */
export const REASONS_EN = {
  scheduleTwoFour:
    '2:4 keeps 2 of every 4 weights in one cut; there is no sparsity for {{schedule}} pruning to approach: use prune.schedule=oneshot',
  scheduleNeuron:
    '{{schedule}} pruning cuts single weights: neuron pruning removes units in one cut (prune.schedule=oneshot)',
  scheduleHead:
    '{{schedule}} pruning cuts single weights: head pruning removes whole heads in one cut (prune.schedule=oneshot)',
  scheduleAtInit: 'prune.at=init cuts once before training: use prune.schedule=oneshot',
  gradualKeepOnly:
    'gradual pruning prunes while fine-tuning the trained weights: prune.init must be keep',
  gradualNeedsEpochs: 'gradual pruning happens during training: it needs prune.finetuneEpochs ≥ 1',
  iterativeNeedsEpochs:
    'iterative rounds with init=keep need prune.finetuneEpochs ≥ 1 (without training between cuts they are one cut)',
  atInitRewind:
    'prune.at=init already trains the initial weights: use prune.init=keep (or reinit for the control)',
  qatNoEpochs:
    'QAT with quant.epochs=0 trains nothing (that is PTQ): set quant.epochs ≥ 1 or quant.mode=ptq',
  noiseNeedsTraining:
    'quant.noise < 1 needs training with quantization in the loop: use quant.mode=qat or pq (not {{mode}})',
  noiseNeedsEpochs: 'Quant-Noise acts during training: quant.noise < 1 needs quant.epochs ≥ 1',
  synflowNeuron: 'synflow scores single weights: use prune.granularity=weight or 2:4',
  synflowVit:
    'synflow assumes a chain of linear layers; the layer norms and softmax of a vision transformer break its conserved flow',
  unitNormNeuron: '{{method}} scores whole units: it needs prune.granularity=neuron',
  wandaAtInit: 'wanda scores trained weights by their activations',
  wandaNeuron: 'wanda compares weights within a unit: use prune.granularity=weight or 2:4',
  wandaGlobal: 'wanda compares weights within each output unit: use prune.scope=layer',
  wandaHead: 'wanda ranks single weights: head pruning needs taylor, magnitude or random',
  headNeedsVit: '{{arch}} has no attention heads: head pruning needs a vit: architecture',
  headAtInit: 'heads are ranked by what they do on data after training: use prune.at=trained',
  vitNeuron:
    'a vision transformer has no neuron chain to cut: a q column is only meaningful with its k column, and the residual width is shared by every block; prune weights, 2:4, or whole heads',
  vitLowRank: 'low rank is implemented for mlp and cnn layers, not for a vision transformer',
  attentionNeedsVit:
    '{{arch}} has no attention maps: attention transfer needs a vit: teacher and a vit: student',
  attentionGridMismatch:
    'attention transfer compares maps patch by patch: {{teacher}} and {{student}} cut the image into different patches (use the same pP)',
  wandaConv: 'wanda is implemented for dense layers: use an mlp architecture',
  factorisedRewind:
    'a factorised model has no initial weights to rewind to: use prune.init=keep or lowrank.rank=1',
  factorisedReinit:
    'a factorised model has no initial weights to re-initialise: use prune.init=keep or lowrank.rank=1',
  factorisedAtInit:
    'factorisation needs trained weights: prune.at=init cannot follow lowrank.rank < 1',
  noteConvFullRank: 'lowrank.rank factorises dense hidden layers only; conv layers stay full rank',
  noteRetrainEpochs:
    'prune.finetuneEpochs applies to init=keep; rewind, reinit and prune.at=init train for prune.retrainEpochs',
} as const;

export type ReasonCode = keyof typeof REASONS_EN;
export type ReasonParams = Readonly<Record<string, string>>;

/** A refusal's or a note's reason: what the UI translates and the CLI prints in English. */
export interface Reason {
  code: ReasonCode;
  params: ReasonParams;
}

export const reason = (code: ReasonCode, params: ReasonParams = {}): Reason => ({ code, params });

/** The English sentence of a reason (placeholders filled; an unknown one is left as written). */
export function reasonText(r: Reason): string {
  return REASONS_EN[r.code].replace(/\{\{(\w+)\}\}/g, (all, name: string) => r.params[name] ?? all);
}

/** A reason with its English sentence, as refusals and notes carry them. */
export const withText = (r: Reason): { reason: Reason; text: string } => ({
  reason: r,
  text: reasonText(r),
});
