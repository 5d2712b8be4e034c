import { vitPresetsKo } from './vit.ko';
import { modelFileKo } from './modelFile.ko';
import { speedKo } from './speed.ko';
import { backendRaceKo } from './backendRace.ko';
import { lessonRunKo } from './lessonRun.ko';
import { lessonSpeedRunKo, smallerFasterKo } from './lessonSpeed.ko';
import { headsKo } from './lessonHeads.ko';
import { sweepKo } from './sweep.ko';
import { vit2Ko } from './vit2.ko';
import { studentResultsKo } from './studentResults.ko';
import { hardeningKo } from './hardening.ko';
import { methodNoticeKo } from './methods.ko';
import { splitParamsKo, splitsKo } from './splits.ko';
import { owndataKo } from './owndata.ko';
import { workbenchKo } from './workbench.ko';
import type { Catalogue } from './en';
import { classroomKo, lessonsKo } from './classroom.ko';
import { runsKo, shareKo } from './runs.ko';
import { compressParamsKo, compressOptionsKo, labKo } from './lab.ko';

/** 한국어 메시지. 키는 en.ts와 똑같아야 한다(테스트가 확인한다). */
export const ko: Catalogue = {
  sweep: sweepKo,
  vit2: vit2Ko,
  studentResults: studentResultsKo,
  hardening: hardeningKo,
  methodNotice: methodNoticeKo,
  splits: splitsKo,
  speed: speedKo,
  backendRace: backendRaceKo,
  owndata: owndataKo,
  lessonRun: lessonRunKo,
  lessonSpeedRun: lessonSpeedRunKo,
  workbench: workbenchKo,
  modelFile: modelFileKo,
  app: {
    title: '압축 실험실',
    tagline: '브라우저에서 신경망을 학습시키고, 작게 만들어 봅시다.',
    controlsHeading: '실험 설정',
    resultsHeading: '학습과 결과',
  },
  nav: {
    label: '페이지 구성',
    data: '데이터',
    training: '학습',
    students: '학생 모델',
    lab: '압축',
    runs: '저장된 실행',
  },
  language: {
    label: '언어',
    en: 'English',
    ko: '한국어',
  },
  backend: {
    label: '연산 백엔드',
    starting: '엔진을 시작하는 중…',
    failed: '사용할 수 있는 백엔드가 없습니다: {{reason}}',
    software: '소프트웨어 실행, 느림',
    unavailable: '{{name}} — {{other}} 사용 불가: {{reason}}',
    detailsTitle: '백엔드를 고른 과정',
    firstChoice: '{{name}}(으)로 바로 시작했습니다.',
    fallbackItem: '{{name}}: {{reason}}',
    softwareBadge: '{{name}} — 더 느린 소프트웨어 GPU({{adapter}}) 대신 선택됨',
    softwareSkipped:
      '{{name}}: 건너뜀 — 이 기기의 GPU는 소프트웨어 방식({{adapter}})뿐이라 WebAssembly가 더 빠릅니다',
    adapter: 'GPU 어댑터: {{adapter}}',
    names: {
      webgpu: 'WebGPU',
      webgl: 'WebGL',
      wasm: 'WASM',
      cpu: 'CPU',
    },
  },
  notice: {
    title: '이 링크의 일부 설정은 적용되지 않았습니다',
    item: '{{key}} = “{{value}}”: {{reason}} — 대신 {{used}} 값을 씁니다.',
    itemIgnored: '{{key}} = “{{value}}”: {{reason}} — 무시했습니다.',
    empty: '(빈 값)',
    dismiss: '닫기',
  },
  dataset: {
    heading: '데이터',
    samplesHeading: '테스트 세트의 예시',
    loading: '예시를 불러오는 중…',
    loadFailed: '예시를 불러오지 못했습니다: {{message}}',
    pointsCaption: '점 {{count}}개, 클래스별 색상',
    legend: '클래스',
    sampleLabel: '예시 {{index}}: {{name}}',
    names: {
      mnist: 'MNIST — 손글씨 숫자',
      'fashion-mnist': 'Fashion-MNIST — 옷과 신발',
      spiral: '나선 — 서로 감긴 세 팔',
      circles: '동심원 — 고리 안의 고리',
      xor: 'XOR — 네 개의 사분면',
      gaussians: '가우시안 — 겹치는 점 무리',
    },
  },
  classNames: {
    spiral: { c0: '팔 1', c1: '팔 2', c2: '팔 3' },
    circles: { c0: '안쪽 원', c1: '바깥쪽 원' },
    xor: { c0: '부호가 같음', c1: '부호가 다름' },
    gaussians: { c0: '무리 1', c1: '무리 2', c2: '무리 3', c3: '무리 4' },
    'fashion-mnist': {
      c0: '티셔츠/상의',
      c1: '바지',
      c2: '풀오버',
      c3: '드레스',
      c4: '코트',
      c5: '샌들',
      c6: '셔츠',
      c7: '운동화',
      c8: '가방',
      c9: '앵클 부츠',
    },
  },
  teacher: {
    heading: '교사 신경망',
    archPreset: '구조',
    archCustom: '직접 입력…',
    archCustomLabel: '직접 입력한 구조',
    archInvalid: '“{{value}}”은(는) 실험실이 이해하는 구조가 아닙니다(예: mlp:300-100, cnn:8-16).',
    presets: {
      ...vitPresetsKo,
      'mlp:300-100': 'MLP 300-100 (고전적인 구조, 가중치 약 26만 6천 개)',
      'mlp:100': 'MLP 100 (은닉층 하나)',
      'mlp:32': 'MLP 32 (아주 작음)',
      'cnn:8-16': 'CNN 8-16 (합성곱, GPU가 없으면 느림)',
    },
  },
  params: {
    ...compressParamsKo,
    ...splitParamsKo,
    dataset: {
      label: '데이터셋',
      help: '신경망이 분류하도록 배울 데이터입니다.',
    },
    trainSize: {
      label: '학습 예시 수',
      help: '예시가 적으면 빨리 학습하지만 모델이 배우는 것도 적어집니다.',
    },
    seed: {
      label: '난수 시드',
      help: '시드가 같으면 초기 가중치와 데이터 순서가 같아서, 실험을 그대로 다시 할 수 있습니다.',
    },
    backend: {
      label: '백엔드',
      help: '계산을 실행할 곳입니다. 자동은 WebGPU, WebGL, WASM에서 교사 모델의 학습 단계를 몇 번(약 1초) 재 보고 가장 빠른 것을 고르며, 이 브라우저에서 기억합니다.',
    },
    teacher: {
      arch: {
        label: '구조',
        help: '층의 크기입니다. mlp:300-100은 300개와 100개 유닛으로 된 은닉층 두 개를 뜻합니다.',
      },
      epochs: {
        label: '에포크',
        help: '학습 데이터 전체를 몇 번 반복해서 볼지 정합니다.',
      },
    },
    student: {
      arch: {
        label: '학생 구조',
        help: '교사에게서 배우는 작은 모델입니다. 예: mlp:30',
      },
      epochs: {
        label: '학생 에포크',
        help: '전이 데이터를 몇 번 반복해서 학습할지 정합니다. 처음부터 학습하는 학생도 같은 횟수로 학습합니다.',
      },
      trainSize: {
        label: '학생 학습 예제 수',
        help: '학생이 배우는 예제 수입니다. 비워 두면 교사와 같은 수를 씁니다.',
      },
      omitClass: {
        label: '학생 예제에서 뺀 클래스',
        help: '힌턴의 빠진 숫자 실험: 두 학생 모두 이 클래스의 예제를 보지 못합니다. 결과에는 각 학생이 이 클래스의 테스트 예제를 출력 편향을 올리기 전과 후에 얼마나 알아보는지 나옵니다. 비워 두면 모든 클래스를 씁니다.',
      },
    },
    distill: {
      temperature: {
        label: '온도 T',
        help: '교사의 출력을 부드럽게 만들어, 학생이 어떤 오답이 정답에 가까운지 알 수 있게 합니다.',
      },
      alpha: {
        label: '소프트 타깃 가중치 α',
        help: '손실 중 교사의 소프트 타깃이 차지하는 비율입니다. 나머지는 실제 정답 레이블에서 옵니다.',
      },
      hidden: {
        label: '은닉층 맞추기 가중치',
        help: '학생의 마지막 은닉층을 교사의 은닉층 쪽으로 끌어당깁니다(학습되는 투영을 거친 코사인 유사도). 0이면 끔.',
      },
      attention: {
        label: '어텐션 맵 맞추기 가중치',
        help: '비전 트랜스포머 전용: 학생의 어텐션 맵(헤드 평균)을 블록마다 교사의 맵 쪽으로 끌어당깁니다(TinyBERT). 둘의 패치 크기가 같아야 합니다. 0이면 끔.',
      },
    },
    train: {
      lr: {
        label: '학습률',
        help: 'Adam 옵티마이저의 보폭입니다. 너무 크면 발산하고, 너무 작으면 느리게 배웁니다.',
      },
      batchSize: {
        label: '배치 크기',
        help: '한 번 업데이트할 때 평균을 내는 예시의 수입니다.',
      },
    },
  },
  options: {
    ...compressOptionsKo,
    backend: {
      auto: '자동 (가장 좋은 것)',
      webgpu: 'WebGPU',
      webgl: 'WebGL',
      wasm: 'WASM',
      cpu: 'CPU (순수 자바스크립트)',
    },
  },
  training: {
    trainTeacher: '교사 학습 시작',
    trainStudent: '학생 학습 시작',
    stop: '중지',
    progressLabel: '학습 진행률',
    idle: '아직 시작하지 않았습니다.',
    stopped: '중지했습니다.',
    epochOf: '에포크 {{epoch}} / {{epochs}}',
    eta: '약 {{eta}} 남음',
    speed: '초당 예시 {{rate}}개',
    phases: {
      'loading-data': '데이터를 불러오는 중…',
      initialising: '모델을 준비하는 중…',
      training: '학습 중',
      evaluating: '테스트 세트로 정확도를 재는 중…',
      done: '완료',
    },
  },
  charts: {
    lossHeading: '학습 손실',
    accuracyHeading: '정확도',
    epochAxis: '에포크',
    loss: '학습 손실',
    trainAccuracy: '학습 정확도',
    previewAccuracy: '검증 정확도 (에포크마다)',
    empty: '교사가 학습하는 동안 여기에 곡선이 그려집니다.',
    lossSummary: '학습 손실: 보고 {{count}}번 동안 {{first}}에서 {{last}}(으)로 바뀜.',
    accuracySummary: '학습 정확도는 {{train}}, 에포크 {{epoch}} 뒤 검증 정확도는 {{preview}}.',
    accuracySummaryNoEpoch: '학습 정확도는 {{train}}, 아직 끝난 에포크가 없습니다.',
    tableCaption: '에포크별 정확도',
    tableEpoch: '에포크',
    tableLoss: '손실',
    tableTrain: '학습 정확도',
    tablePreview: '검증 정확도',
  },
  result: {
    heading: '교사 결과',
    accuracy: '테스트 정확도',
    params: '파라미터 수',
    size: '크기 (float32 밀집 저장)',
    exactBytes: '{{bytes}}바이트',
    time: '학습 시간',
    backend: '사용한 백엔드',
    none: '교사를 학습시키면 정확도와 크기가 여기에 나타납니다.',
  },
  distill: {
    heading: '학생 모델 (지식 증류)',
    intro:
      '작은 학생 모델이 교사의 부드러워진 출력에서 배웁니다. 비교를 위해 크기와 학습량이 같은 학생을 정답 레이블만으로 처음부터 학습합니다.',
    trainSize: '교사와 같게',
    omitClass: '없음',
    chartHeading: '교사의 확률 분포',
    chartIntro:
      'T를 올리면 교사의 확률이 오답 클래스로도 퍼집니다. 학생이 배우는 “암묵지(dark knowledge)”가 바로 이것입니다.',
    needTeacher: '교사를 학습하면 확률 분포가 나타납니다.',
    loading: '예제를 불러오는 중…',
    loadFailed: '예제를 불러오지 못했습니다: {{message}}',
    noExamples: '보여 줄 예제가 없습니다.',
    example: '예제',
    kinds: {
      confident: '확신',
      ambiguous: '애매함',
      misclassified: '오분류',
    },
    exampleOption: '{{kind}} — #{{index}}, 정답 {{label}}, 예측 {{predicted}}',
    atT: 'T = {{temp}}',
    entropy: '엔트로피 {{value}} nats',
    classAxis: '클래스',
    probability: '확률',
    smallMultiples: '같은 예제를 T = 1, 2, 3, 6에서 본 모습',
    listItem: '클래스 {{name}}: {{p}}',
    listCaption: 'T = {{temp}}에서의 확률',
    resultsHeading: '지식 증류 결과',
    resultsNone: '학생 모델을 학습하면 교사와 비교해 보여 줍니다.',
    curvesHeading: '학생의 학습 과정: 에포크별 검증 정확도',
    curvesSummary:
      '{{epoch}} 에포크 후: 증류한 학생 {{student}}, 처음부터 학습한 학생 {{scratch}}.',
    model: '모델',
    accuracy: '테스트 정확도',
    params: '파라미터 수',
    bytes: '크기',
    teacher: '교사',
    scratch: '처음부터 학습한 학생 (레이블만)',
    distilled: '증류한 학생',
    gained: '지식 증류로 정확도가 {{pp}}%p 올랐습니다.',
    lost: '지식 증류로 정확도가 {{pp}}%p 떨어졌습니다.',
    same: '지식 증류 전후 정확도 차이가 없습니다.',
  },
  lessons: { ...lessonsKo, smallerFaster: smallerFasterKo, heads: headsKo },
  classroom: classroomKo,
  share: shareKo,
  runs: runsKo,
  lab: labKo,
  errors: {
    heading: '문제가 생겼습니다',
    dismiss: '닫기',
    workerCrashed: '학습 워커가 예기치 않게 멈췄습니다: {{message}}',
  },
  faults: {
    heading: '무슨 일이 있었나요',
    dismiss: '닫기',
    deviceLost:
      'GPU가 작동을 멈췄습니다({{reason}}). 학습을 {{to}}(으)로 옮겨 중단된 학습을 처음부터 다시 시작했습니다. 이미 얻은 결과는 그대로 남아 있습니다.',
    deviceLostNoBackend:
      'GPU가 작동을 멈췄고({{reason}}) 다른 백엔드도 시작하지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
    workerRestartedRun:
      '학습 도중 학습 워커가 멈췄습니다({{reason}}). 새 워커를 시작했습니다. 설정과 결과는 그대로지만, 중단된 학습(그리고 교사 모델처럼 그 학습에 필요한 모델)은 다시 학습해야 합니다.',
    workerRestarted:
      '학습 워커가 멈췄습니다({{reason}}). 새 워커를 시작했고, 설정과 결과는 그대로입니다.',
    memoryRefused:
      '시작하지 않았습니다: 이 학습에는 메모리가 약 {{total}} 필요해서 {{backend}}에서 허용하는 {{budget}}을(를) 넘습니다.',
    memoryTensor:
      '시작하지 않았습니다: 가장 큰 텐서 하나에 {{tensor}}이(가) 필요해서 이 GPU가 버퍼 하나에 허용하는 {{limit}}을(를) 넘습니다.',
    memoryBreakdown:
      '가중치 {{weights}}, Adam 상태 {{optimizer}}, 기울기 {{gradients}}, 배치 {{batch}}개의 활성값 {{activations}}, 데이터 {{data}}.',
    memorySuggest: '들어맞는 가장 가까운 설정: {{key}} = {{value}}.',
    memoryApply: '{{key}} = {{value}}(으)로 바꾸기',
    memoryNoSuggestion: '더 작은 아키텍처나 배치 크기를 고르세요.',
  },
  footer: {
    tensors: '워커의 텐서 수: {{count}}',
    tensorsUnknown: '워커의 텐서 수: —',
  },
};
