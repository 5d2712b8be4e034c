import type { hardeningEn } from './hardening.en';

/** 강화 작업(이슈 18)의 문구. 키는 hardening.en.ts와 같다. */
export const hardeningKo: typeof hardeningEn = {
  crash: {
    heading: '실험실에 문제가 생겼습니다',
    intro:
      '오류 때문에 화면을 그리지 못했습니다. 저장한 실행 기록은 이 브라우저에 그대로 있습니다. 복구 방법을 고르세요:',
    detail: '오류: {{message}}',
    reload: '다시 불러오기',
    reset: '이 실험 초기화',
    resetHint: '기본 설정으로 실험실을 엽니다(링크의 설정은 버립니다).',
    exportClear: '내보낸 뒤 저장된 데이터 지우기',
    exportClearHint:
      '저장된 모든 실행 기록을 저장된 그대로 파일로 내려받은 뒤, 이 브라우저에 저장된 실험실 데이터를 지우고 다시 불러옵니다.',
  },
  import: {
    conflict_one:
      '이 파일의 실행 기록 {{count}}개가 이미 있는 기록과 id가 같습니다(또는 파일 안에서 두 번 나옵니다). 어떻게 할까요?',
    conflict_other:
      '이 파일의 실행 기록 {{count}}개가 이미 있는 기록과 id가 같습니다(또는 파일 안에서 두 번 나옵니다). 어떻게 할까요?',
    keepBoth: '둘 다 보관',
    replace: '내 기록을 교체',
    skip: '건너뛰기',
    done: '가져오기 완료: 추가 {{added}}개, 교체 {{replaced}}개, 건너뜀 {{skipped}}개, 사본으로 보관 {{renamed}}개.',
    capped_one:
      '실행 기록 {{count}}개를 가져오지 못했습니다. 표에는 최대 {{max}}개까지 보관됩니다. 기록을 몇 개 지운 뒤 파일을 다시 가져오면 추가됩니다.',
    capped_other:
      '실행 기록 {{count}}개를 가져오지 못했습니다. 표에는 최대 {{max}}개까지 보관됩니다. 기록을 몇 개 지운 뒤 파일을 다시 가져오면 추가됩니다.',
  },
  paging: {
    label: '저장된 실행 기록 페이지',
    previous: '이전',
    next: '다음',
    position: '전체 {{total}}개 중 {{from}}–{{to}}번째',
  },
  badRow: '이 저장된 실행 기록은 표시할 수 없습니다({{id}}): {{message}}',
  time: {
    refused:
      '시작하지 않았습니다: 이 실행은 {{backend}}에서 적어도 {{time}} 걸리는데, 실험실은 {{limit}}까지의 실행만 시작합니다.',
    suggest: '한도에 맞는 가장 가까운 설정: {{key}} = {{value}}.',
    apply: '{{key}} = {{value}} 사용',
    noSuggestion: '더 작은 구조나 더 적은 예제를 고르세요.',
  },
};
