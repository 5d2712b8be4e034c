import { vitGranularityKo } from './vit.ko';
import type { Catalogue } from './en';

/** 압축 실험실의 한국어 문구(매개변수, 선택지, 실험실 화면). */

type Params = Catalogue['params'];
type Options = Catalogue['options'];

export const compressParamsKo: Pick<Params, 'prune' | 'quant' | 'lowrank' | 'size' | 'target'> = {
  prune: {
    sparsity: {
      label: '희소도',
      help: '없앨 가중치(또는 유닛 전체)의 비율입니다. 끄는 동안에는 미리보기, 놓으면 전체 테스트 세트로 측정합니다.',
    },
    method: {
      label: '가지치기 점수',
      help: '가장 낮은 것부터 없애기 전에 가중치를 매기는 기준입니다: 크기, 무작위, 또는 손실에 주는 영향.',
    },
    granularity: {
      label: '단위',
      help: '가중치 하나씩(희소 행렬), 유닛 전체(층이 실제로 작아짐), 또는 4개마다 2개(하드웨어 친화적).',
    },
    scope: {
      label: '범위',
      help: '네트워크 전체에 한 기준을 쓰거나(층마다 희소도가 달라짐) 층마다 같은 비율을 없앱니다.',
    },
    schedule: {
      label: '일정',
      help: '한 번에 자르기, 여러 번 나눠 자르며 사이사이 미세 조정하기, 학습하면서 조금씩 자르기.',
    },
    exclude: {
      label: '출력층',
      help: '출력층은 가중치가 적고 하나하나가 중요해서 보통 밀집 상태로 둡니다.',
    },
    rounds: {
      label: '반복 횟수',
      help: '반복 일정에서 자르고 미세 조정하기를 몇 번 할지 정합니다.',
    },
    at: {
      label: '점수를 매길 가중치',
      help: '학습된 가중치, 또는 초기 가중치: 이 경우 마스크를 씌운 신경망을 처음부터 학습합니다 (SynFlow, SNIP).',
    },
    retrainEpochs: {
      label: '재학습 에폭',
      help: '되감기, 재초기화, 초기화 시점 가지치기 뒤의 학습(라운드마다)입니다. 비우면 모델 자체의 에폭 수를 씁니다.',
    },
    finetuneEpochs: {
      label: '미세 조정 에폭',
      help: '자른 뒤 정확도를 되살리는 학습입니다. 0이면 하지 않습니다(적용 버튼이 사용).',
    },
    init: {
      label: '남은 가중치의 출발점',
      help: '학습된 값, 처음 초기값(로터리 티켓), 또는 새 무작위 값(비교용 대조군).',
    },
  },
  quant: {
    bits: {
      label: '가중치당 비트 수',
      help: '비트가 적을수록 가중치가 가질 수 있는 값이 줄어듭니다. 32는 양자화하지 않음을 뜻합니다.',
    },
    scheme: {
      label: '양자화 방식',
      help: '0을 중심으로 대칭이거나, 한쪽으로 치우친 범위에 맞춰 영점을 둡니다.',
    },
    granularity: {
      label: '스케일 단위',
      help: '층 전체에 스케일 하나, 또는 출력 유닛마다 하나(더 정확하고, 몇 바이트 더 듭니다).',
    },
    mode: {
      label: '양자화 방법',
      help: '학습 후 반올림(PTQ), 반올림을 넣은 채 학습(QAT), 또는 k-평균 코드북으로 가중치 공유.',
    },
    epochs: {
      label: '양자화 에폭',
      help: '양자화 인식 학습, 또는 k-평균 코드북 미세 조정을 몇 에폭 할지 정합니다.',
    },
    pqBlock: {
      label: 'PQ 블록',
      help: '곱 양자화에서 부분 벡터 하나에 들어가는 가중치 수입니다. 비트 수는 블록마다 붙는 인덱스 폭이 됩니다.',
    },
    noise: {
      label: 'Quant-Noise 비율',
      help: '학습 단계마다 양자화할 가중치 블록의 비율입니다. 1은 일반 QAT, 작을수록 기울기가 덜 왜곡됩니다.',
    },
  },
  lowrank: {
    rank: {
      label: '유지할 랭크',
      help: '각 층 W를 전체 랭크의 이 비율만큼인 P·Q로 바꿉니다. 100 %면 꺼집니다.',
    },
  },
  size: {
    coding: {
      label: '부호화',
      help: '코드와 인덱스 간격을 고정 폭으로 저장하거나, Deep Compression처럼 허프만 부호화합니다.',
    },
  },
  target: {
    label: '압축할 모델',
    help: '슬라이더가 다룰 학습된 모델입니다.',
  },
};

export const compressOptionsKo: Pick<Options, 'prune' | 'quant' | 'size' | 'target'> = {
  prune: {
    method: {
      magnitude: '크기 |w|',
      random: '무작위 (기준선)',
      taylor: '테일러 |w·∂L/∂w|',
      synflow: 'SynFlow (데이터 없이)',
      wanda: 'Wanda |w|·‖x‖',
      'unit-l1': '유닛 L1 노름 (뉴런)',
      'unit-l2': '유닛 L2 노름 (뉴런)',
    },
    granularity: {
      ...vitGranularityKo,
      weight: '가중치 하나씩',
      neuron: '유닛 전체',
      '2:4': '2:4 (4개 중 2개)',
    },
    scope: {
      global: '전체',
      layer: '층별',
    },
    schedule: {
      oneshot: '한 번에',
      iterative: '반복',
      gradual: '점진적 (Zhu & Gupta)',
    },
    exclude: {
      output: '밀집 유지',
      none: '함께 가지치기',
    },
    init: {
      keep: '학습된 가중치',
      rewind: '초기 가중치 (되감기)',
      reinit: '새 무작위 가중치',
    },
    at: {
      trained: '학습된 가중치',
      init: '초기 가중치 (초기화 시점 가지치기)',
    },
  },
  quant: {
    scheme: {
      symmetric: '대칭',
      asymmetric: '비대칭 (영점 사용)',
    },
    granularity: {
      tensor: '층 전체',
      channel: '출력 유닛',
    },
    mode: {
      ptq: '학습 후 양자화 (PTQ)',
      qat: '양자화 인식 학습 (QAT)',
      kmeans: 'k-평균 가중치 공유',
      pq: '곱 양자화 (PQ)',
    },
  },
  size: {
    coding: {
      fixed: '고정 폭',
      huffman: '허프만',
    },
  },
  target: {
    teacher: '교사',
    student: '증류된 학생',
  },
};

export const labKo: Catalogue['lab'] = {
  heading: '압축해 보기',
  intro:
    '학습된 모델을 가지치기, 양자화, 저랭크 분해로 줄이면서 정확도와 실제 부호화 크기를 함께 봅니다. 끄는 동안은 빠른 미리보기, 놓으면 전체 테스트 세트로 측정해 차트에 점을 더합니다.',
  bitsOff: '32 (끔)',
  bitsValue: '{{bits}}비트',
  rankOff: '100 % (끔)',
  pruneOptions: '가지치기 설정',
  quantOptions: '양자화 설정',
  sizeOptions: '저장 설정',
  trainingOptions: '적용 버튼이 사용하는 설정',
  outputExcluded: '출력층은 제외됩니다: 희소도와 상관없이 밀집 상태로 남습니다.',
  outputPruned: '출력층도 다른 층처럼 가지치기합니다.',
  measuring: '측정하는 중…',
  needTarget: {
    teacher: '먼저 교사를 학습시키세요. 그다음 슬라이더로 압축합니다.',
    student: '먼저 학생을 학습시키세요. 그다음 슬라이더로 증류된 학생을 압축합니다.',
  },
  onPreview: '검증 예시 {{count}}개로 미리보기',
  onTest: '전체 테스트 세트, 예시 {{count}}개',
  accuracy: '압축 후 정확도',
  vsDense: '밀집 모델 대비 {{pp}}%p',
  size: '부호화 크기',
  ratio: 'float32보다 {{ratio}}배 작음',
  sparsity: '희소도',
  bits: '비트',
  params: '0이 아닌 매개변수',
  forms: {
    preview: '미리보기',
    commit: '측정값',
    full: '학습 포함',
  },
  running: {
    full: '학습을 곁들여 압축하는 중…',
    sensitivity: '층마다 훑어보는 중…',
    sparseVsDense: '작은 밀집 모델을 학습하는 중…',
    latency: '모든 실행 방식의 시간을 재는 중…',
    latencyStudy: '희소도마다 시간을 재는 중…',
  },
  fullHeading: '학습으로 정확도 되살리기',
  fullIntro: '위 설정으로 백그라운드에서 학습하고, 끝나면 차트에 점을 더합니다.',
  full: {
    finetune: '미세 조정하며 적용',
    schedule: '일정에 따라 적용',
    qat: 'QAT로 적용',
    kmeans: 'k-평균으로 적용',
  },
  fullHelp: {
    finetune: '자른 뒤 남은 가중치를 몇 에폭 다시 학습합니다.',
    schedule: '여러 번 나눠 자르고 매번 미세 조정합니다(높은 희소도에서도 안정적).',
    qat: '가짜 양자화한 가중치로 학습합니다(직통 추정기, STE).',
    kmeans: 'k-평균 코드북으로 가중치를 공유한 뒤 중심값을 미세 조정합니다.',
  },
  blockers: {
    'needs-sparsity': '먼저 희소도를 0보다 크게 하세요.',
    'needs-bits': '먼저 32보다 적은 비트를 고르세요.',
  },
  paretoHeading: '정확도 대 크기',
  paretoEmpty: '슬라이더를 놓으면 여기에 점이 생깁니다.',
  paretoNote:
    '왼쪽 위로 갈수록 좋습니다. 선은 어떤 점에도 밀리지 않는 점들을 잇습니다. 점을 누르면 그 설정으로 돌아갑니다.',
  pointLabel: '{{size}}에서 {{accuracy}}: 이 설정으로 되돌리기',
  sizeAxis: '부호화 크기 (로그 눈금)',
  committed: '기록된 점',
  frontier: '파레토 경계',
  livePoint: '현재',
  denseTeacher: '밀집 교사',
  denseStudent: '밀집 학생',
  clickToRestore: '누르면 이 설정으로 되돌립니다.',
  techniques: {
    prune: '가지치기',
    quantize: '양자화',
    lowrank: '저랭크',
    combined: '조합',
    dense: '밀집',
  },
  inspect: {
    heading: '압축된 모델 들여다보기',
    none: '학습된 모델을 압축하면 안을 들여다볼 수 있습니다.',
    failed: '모델을 살펴보지 못했습니다: {{message}}',
    layer: '층',
    layerSparsity: '층별 희소도',
    layerLine: '{{sparsity}} 제거 · {{weights}}개 중 {{kept}}개 유지 · {{bits}}',
    size: '바이트가 쓰이는 곳',
    compressed: '압축',
    denseFp32: '밀집 float32',
    sizeAria: '부호화 크기를 값, 위치, 스케일, 코드북, 부가 정보로 나눈 막대',
    parts: {
      values: '값',
      positions: '위치',
      scales: '스케일',
      codebook: '코드북',
      overhead: '헤더 + 편향',
    },
    sizeSummary: 'float32로는 {{dense}}인데 {{total}}: {{ratio}}배 작습니다.',
    positionEncoding: {
      dense: '희소한 층이 없어 위치를 저장하지 않습니다.',
      bitmask: '위치는 비트마스크(가중치당 1비트)로 저장합니다.',
      relative: '위치는 0이 아닌 값 사이의 간격(상대 인덱스)으로 저장합니다.',
      mixed: '위치: 층마다 비트마스크와 상대 인덱스 중 더 작은 쪽을 씁니다.',
    },
    huffmanSaving: '허프만 부호화로 {{bytes}}를 아꼈습니다.',
    histogram: '가중치 히스토그램',
    histogramAria: '{{layer}}의 가중치: 정확히 0인 것 {{zeros}}, 양자화 수준 {{levels}}개',
    zeros: '0: {{count}}개 ({{share}})',
    histogramNote:
      '막대는 압축 후 가중치, 윤곽선은 압축 전입니다. 0에 솟은 빨간 막대가 가지치기로 없앤 가중치입니다.',
    levelsNote:
      '양자화됨: 모든 가중치가 {{count}}개 값 중 하나가 되어 수준마다 막대 하나로 그립니다. 윤곽선은 압축 전입니다.',
    picture: '그림으로 본 가중치',
    showDense: '압축 전 보기',
    fieldsAria: '처음 {{count}}개 유닛의 수용 영역',
    heatmapAria: '유닛 {{units}}개 × 입력 {{inputs}}개의 히트맵',
    fieldsNote:
      '첫 층의 처음 {{count}}개 유닛을 각각 입력 가중치로 된 28×28 그림으로 보여 줍니다. 회색 픽셀은 잘려 나간 것입니다.',
    heatmapNote:
      '행은 유닛, 열은 입력입니다(앞쪽 {{units}} × {{inputs}}). 회색은 잘려 나간 것: 유닛 단위면 행 전체, 가중치 단위면 흩어진 점, 2:4면 규칙적인 점무늬가 됩니다.',
    negative: '음수',
    positive: '양수',
    pruned: '제거됨',
    confusion: '혼동 행렬 (압축 후)',
    confusionCaption: '행은 실제 클래스, 열은 예측한 클래스입니다.',
    trueVsPredicted: '실제 ↓ 예측 →',
    cellTitle: '{{truth}}을(를) {{predicted}}(으)로 예측: {{count}}개 (밀집 대비 {{change}})',
    newlyWrong: '압축 때문에 틀리게 된 예시',
    noneWrong: '밀집 모델이 맞힌 테스트 예시 중 지금 틀리는 것은 없습니다.',
    newlyWrongCount: '밀집 모델이 맞혔던 테스트 예시 {{count}}개를 이제 틀립니다. 앞쪽 몇 개:',
    wasNow: '{{truth}}, 이제 {{predicted}}(으)로 예측',
    boundary: '결정 경계',
    boundaryDense: '밀집',
    boundaryCompressed: '압축',
    boundaryChanged: '평면의 {{share}} %에서 예측이 바뀌었습니다.',
  },
  sensitivity: {
    heading: '층별 민감도',
    intro:
      '한 번에 한 층만(나머지는 밀집 그대로) 여러 희소도로 가지치기합니다. 어떤 층은 다른 층보다 훨씬 많이 잘라도 버팁니다.',
    run: '층마다 훑어보기',
    xAxis: '그 층의 희소도',
  },
  sparseVsDense: {
    heading: '크고 희소한 모델, 작고 밀집한 모델?',
    intro:
      '0이 아닌 가중치 수가 같은 두 가지: 큰 모델을 가지치기하거나, 더 좁은 밀집 모델을 같은 예산으로 처음부터 학습합니다.',
    run: '희소도 {{sparsity}}에서 비교',
    caption: '둘 다 0이 아닌 가중치가 {{count}}개입니다.',
    arch: '구조',
    largeSparse: '큰 모델, 가지치기 ({{sparsity}})',
    smallDense: '작은 밀집 모델',
    sparseWins: '크고 희소한 모델이 {{pp}}%p 더 정확합니다.',
    denseWins: '작고 밀집한 모델이 {{pp}}%p 더 정확합니다.',
    tie: '두 모델의 정확도가 같습니다.',
  },
};
