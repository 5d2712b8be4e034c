import type { refusalReasonsEn } from './refusals.en';

/** 압축 방법 조합을 거절하는 이유(또는 참고 사항), 이유 코드별 한국어 문장. */
export const refusalReasonsKo: typeof refusalReasonsEn = {
  scheduleTwoFour:
    '2:4는 한 번의 자르기로 4개 중 2개의 가중치를 남깁니다. {{schedule}} 가지치기가 다가갈 희소도가 없으니 prune.schedule=oneshot을 쓰세요',
  scheduleNeuron:
    '{{schedule}} 가지치기는 가중치 하나하나를 자릅니다. 뉴런 가지치기는 한 번에 유닛을 통째로 없앱니다(prune.schedule=oneshot)',
  scheduleHead:
    '{{schedule}} 가지치기는 가중치 하나하나를 자릅니다. 헤드 가지치기는 한 번에 헤드를 통째로 없앱니다(prune.schedule=oneshot)',
  scheduleAtInit: 'prune.at=init은 학습 전에 한 번만 자릅니다. prune.schedule=oneshot을 쓰세요',
  gradualKeepOnly:
    '점진적 가지치기는 학습된 가중치를 미세 조정하면서 자릅니다. prune.init은 keep이어야 합니다',
  gradualNeedsEpochs:
    '점진적 가지치기는 학습 중에 일어납니다. prune.finetuneEpochs가 1 이상이어야 합니다',
  iterativeNeedsEpochs:
    'init=keep으로 반복 가지치기를 하려면 prune.finetuneEpochs가 1 이상이어야 합니다(자르기 사이에 학습이 없으면 한 번 자른 것과 같습니다)',
  atInitRewind:
    'prune.at=init은 이미 초기 가중치를 학습시킵니다. prune.init=keep을 쓰세요(대조군이라면 reinit)',
  qatNoEpochs:
    'quant.epochs=0인 QAT는 아무것도 학습하지 않습니다(그것은 PTQ입니다). quant.epochs를 1 이상으로 하거나 quant.mode=ptq를 쓰세요',
  noiseNeedsTraining:
    'quant.noise < 1은 양자화를 넣은 학습이 필요합니다. quant.mode=qat이나 pq를 쓰세요({{mode}}는 안 됩니다)',
  noiseNeedsEpochs:
    'Quant-Noise는 학습 중에 작동합니다. quant.noise < 1이면 quant.epochs가 1 이상이어야 합니다',
  synflowNeuron:
    'synflow는 가중치 하나하나에 점수를 매깁니다. prune.granularity=weight나 2:4를 쓰세요',
  synflowVit:
    'synflow는 선형 층이 사슬처럼 이어진 구조를 가정합니다. 비전 트랜스포머의 층 정규화와 softmax가 보존되는 흐름을 깨뜨립니다',
  unitNormNeuron: '{{method}}는 유닛 전체에 점수를 매깁니다. prune.granularity=neuron이 필요합니다',
  wandaAtInit: 'wanda는 학습된 가중치에 활성값을 곱해 점수를 매깁니다',
  wandaNeuron:
    'wanda는 한 유닛 안에서 가중치끼리 비교합니다. prune.granularity=weight나 2:4를 쓰세요',
  wandaGlobal: 'wanda는 출력 유닛마다 그 안의 가중치끼리 비교합니다. prune.scope=layer를 쓰세요',
  wandaHead:
    'wanda는 가중치 하나하나의 순위를 매깁니다. 헤드 가지치기에는 taylor, magnitude, random을 쓰세요',
  headNeedsVit: '{{arch}}에는 어텐션 헤드가 없습니다. 헤드 가지치기에는 vit: 구조가 필요합니다',
  headAtInit: '헤드는 학습 후 데이터에서 하는 일로 순위를 매깁니다. prune.at=trained를 쓰세요',
  vitNeuron:
    '비전 트랜스포머에는 자를 뉴런 사슬이 없습니다. q의 열은 같은 k의 열과 함께여야 의미가 있고, 잔차 폭은 모든 블록이 공유합니다. 가중치, 2:4, 또는 헤드 전체를 가지치기하세요',
  vitLowRank: '저랭크 분해는 mlp와 cnn 층에만 구현되어 있고 비전 트랜스포머에는 없습니다',
  attentionNeedsVit:
    '{{arch}}에는 어텐션 맵이 없습니다. 어텐션 전이에는 vit: 교사와 vit: 학생이 필요합니다',
  attentionGridMismatch:
    '어텐션 전이는 맵을 패치별로 비교합니다. {{teacher}}와 {{student}}는 이미지를 서로 다른 패치로 나눕니다(같은 pP를 쓰세요)',
  wandaConv: 'wanda는 완전 연결 층에만 구현되어 있습니다. mlp 구조를 쓰세요',
  factorisedRewind:
    '분해된 모델에는 되감을 초기 가중치가 없습니다. prune.init=keep이나 lowrank.rank=1을 쓰세요',
  factorisedReinit:
    '분해된 모델에는 다시 초기화할 초기 가중치가 없습니다. prune.init=keep이나 lowrank.rank=1을 쓰세요',
  factorisedAtInit:
    '분해에는 학습된 가중치가 필요합니다. lowrank.rank < 1 다음에는 prune.at=init을 쓸 수 없습니다',
  noteConvFullRank:
    'lowrank.rank는 완전 연결 은닉층만 분해합니다. 합성곱 층은 원래 랭크 그대로입니다',
  noteRetrainEpochs:
    'prune.finetuneEpochs는 init=keep에만 쓰입니다. rewind, reinit, prune.at=init은 prune.retrainEpochs 동안 학습합니다',
};
