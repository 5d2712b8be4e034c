import type { runsEn, shareEn } from './runs.en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** 공유와 저장된 실행 표의 한국어 메시지. 키는 runs.en.ts와 같다. */
export const shareKo: Strings<typeof shareEn> = {
  heading: '이 실험 공유하기',
  linkLabel: '지금 설정을 담은 링크',
  copy: '링크 복사',
  copied: '복사했습니다.',
  selected:
    '여기서는 클립보드를 쓸 수 없습니다. 링크를 선택해 두었으니 Ctrl+C(Mac은 ⌘C)를 누르세요.',
  autorun: '링크를 열면 바로 학습 시작',
  reproducible:
    '학습은 시드로 고정되어 있어, 같은 백엔드에서는 이 링크가 같은 숫자를 냅니다. 다른 기기나 백엔드에서는 부동소수점 계산이 조금씩 달라 작은 오차 안에서 일치합니다.',
};

export const runsKo: Strings<typeof runsEn> = {
  heading: '저장된 실행',
  intro:
    '끝난 실행은 모두 이 브라우저에 보관됩니다. 하나를 기준으로 고정하면 나머지를 그것과 비교해 볼 수 있습니다.',
  none: '아직 실행이 없습니다. 교사를 학습시키면 여기에 나타납니다.',
  loading: '저장된 실행을 불러오는 중…',
  unavailable:
    '이 브라우저는 데이터 저장을 허용하지 않아 새로 고치면 실행 기록이 사라집니다. 보관하려면 내보내기를 하세요.',
  caption: '저장된 실행(최신순)',
  name: '이름',
  finished: '완료 시각',
  models: '모델',
  teacherAccuracy: '교사 정확도',
  studentAccuracy: '학생 정확도(증류 / 처음부터)',
  size: '교사 크기',
  backend: '백엔드',
  comparison: '기준과 비교',
  actions: '작업',
  kinds: {
    teacher: '교사',
    students: '교사 → 학생',
  },
  baseline: '기준',
  pin: '기준으로 고정',
  unpin: '고정 해제',
  rename: '이름 바꾸기',
  renameLabel: '새 이름',
  save: '저장',
  cancel: '취소',
  delete: '삭제',
  open: '이 설정 열기',
  sameSettings: '설정이 같습니다.',
  changed: '{{key}} = {{value}} (기준 {{baseline}})',
  moreChanges: '… 외 {{count}}개',
  teacherDelta: '교사 {{pp}}%p',
  studentDelta: '학생 {{pp}}%p',
  sizeRatio: '크기 ×{{ratio}}',
  adapter: '어댑터: {{adapter}}',
  points: '압축 지점 {{count}}개',
  exportJson: 'JSON 내보내기',
  exportCsv: 'CSV 내보내기',
  import: 'JSON 가져오기…',
  imported: '가져온 실행: {{count}}개.',
  importFailed: '이 파일을 가져올 수 없습니다. {{reason}} 아무것도 바뀌지 않았습니다.',
  errors: {
    'too-large': '파일이 너무 큽니다({{detail}}).',
    'not-json': '올바른 JSON이 아닙니다({{detail}}).',
    foreign: 'Compression Lab에서 내보낸 실행 파일이 아닙니다({{detail}}).',
    version: '다른 버전의 실험실에서 만든 파일입니다({{detail}}).',
    invalid: '파일 안의 실행 하나가 올바르지 않습니다({{detail}}).',
  },
  dismiss: '닫기',
};
