import type { speedEn } from './speed.en';

/** 속도: 차트 x축 선택, 시간 측정 패널, 지연 시간 연구. */
export const speedKo: typeof speedEn = {
  axisLabel: '차트 x축',
  axes: {
    bytes: '크기 (바이트)',
    macs: '연산량 (MAC)',
    latency: '지연 시간',
  },
  axisTitle: {
    bytes: '부호화 크기 (로그 눈금)',
    macs: '예제 하나당 곱셈-누산 횟수 (로그 눈금)',
    latency: '지연 시간, 배치 1, 가장 빠른 실행 방식, ms (로그 눈금)',
  },
  untimed_one: '아직 시간을 재지 않은 점 {{count}}개는 그리지 않았습니다.',
  untimed_other: '아직 시간을 재지 않은 점 {{count}}개는 그리지 않았습니다.',
  pointMacs: 'MAC {{macs}}회',
  pointLatency: '{{ms}} ms ({{variant}}, {{backend}})',
  variants: {
    'tfjs-dense': 'tfjs, 밀집',
    structured: 'tfjs, 실제로 작아진 모델',
    'own-dense': '직접 만든 밀집 커널',
    'own-sparse': '직접 만든 희소 커널 (CSR)',
  },
  heading: '작다고 항상 빠른 것은 아닙니다',
  intro:
    '바이트는 시간이 아닙니다. 같은 압축 모델을 이 기기와 백엔드에서 네 가지 방식으로 실행합니다: 변환기가 tfjs에 넘겨주는 그대로(밀집 부동소수점), 구조가 허락하는 만큼 실제로 작게 만든 모델, 그리고 같은 방식으로 작성한 직접 만든 밀집 커널과 희소 커널입니다. 그래서 "희소가 이긴다"와 "tfjs의 부가 비용"을 구분할 수 있습니다. 각 수치는 워밍업 뒤 여러 번 잰 시간의 중앙값이며, 네 방식을 번갈아 실행했습니다.',
  time: '이 모델의 시간 재기 (배치 1과 256)',
  study: '지연 시간 연구: 희소도 0–99 %',
  macs: '연산량: 예제 하나당 MAC {{macs}}회 (모든 가중치를 곱하면 {{dense}}회).',
  kernels: {
    js: '직접 만든 커널: CPU에서 JavaScript 형식화 배열로 실행.',
    wgsl: '직접 만든 커널: WebGPU 장치에서 WGSL 컴퓨트 셰이더로 실행.',
  },
  tableCaption: '{{backend}}에서 순전파 한 번의 중앙값 ms (10–90 백분위수, 측정 횟수)',
  variant: '실행 방식',
  batch: '배치 {{batch}}',
  cell: '{{p50}} ({{p10}}–{{p90}}, {{runs}})',
  fastest: '배치 {{batch}}: 가장 빠른 것은 {{fastest}}이며, {{next}}보다 {{times}}배 빠릅니다.',
  stale: '다른 설정에서 잰 값입니다: 다시 재세요.',
  refused: '{{variant}}: {{reason}}',
  studyCaption: '희소도별 순전파 한 번의 중앙값 ms, 배치 {{batch}} (로그 눈금)',
  sparsityAxis: '희소도',
  crossover:
    '배치 {{batch}}: 희소도 {{sparsity}}부터 직접 만든 희소 커널이 밀집 커널보다 빠릅니다.',
  crossoverNever: '배치 {{batch}}: 여기서는 희소 커널이 밀집 커널을 한 번도 이기지 못합니다.',
  beatsTfjs: '{{sparsity}}부터 tfjs 밀집보다도 빠릅니다.',
  beatsTfjsNever: 'tfjs 밀집보다 빠른 적은 없습니다.',
};
