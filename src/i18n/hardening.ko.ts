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
  badRow: '이 저장된 실행 기록은 표시할 수 없습니다({{id}}): {{message}}',
};
