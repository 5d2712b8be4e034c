import { refusalReasonsKo } from './refusals.ko';

/** 설정 알림에 보이는 압축 방법 검사 문구(한국어). */
export const methodNoticeKo = {
  title: '함께 실행할 수 없는 압축 설정이 있습니다',
  refused: '{{key}} = “{{value}}”: {{reason}} — 실행하지 않습니다. 이 설정 중 하나를 바꾸세요.',
  note: '참고: {{note}}',
  reasons: refusalReasonsKo,
  retrainPlaceholder: '모델의 학습 에포크와 같음',
};
