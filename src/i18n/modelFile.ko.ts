import type { modelFileEn } from './modelFile.en';

/** 모델 내려받기 / 불러오기 패널 문구. */
export const modelFileKo: typeof modelFileEn = {
  heading: '압축 모델 내려받기 / 불러오기',
  intro:
    '파일은 모델 크기로 계산한 바이트 그대로입니다(형식: CLZ1, 소스에 문서화됨). 다시 불러오면 복호화한 뒤 전체 테스트 세트로 평가합니다.',
  download: '압축 모델 내려받기',
  preparing: '인코딩 중…',
  downloaded: '{{name}}: {{bytes}}, 내려받을 때 테스트 세트 정확도 {{accuracy}}.',
  load: '모델 파일 불러오기',
  loading: '복호화하고 평가하는 중…',
  loaded: '{{name}} ({{bytes}}): {{dataset}} 테스트 세트 정확도 {{accuracy}}.',
  same: '내려받을 때와 정확도가 같습니다.',
  different: '내려받을 때 측정한 {{accuracy}}와 다릅니다(다른 데이터셋이거나 파일이 바뀌었나요?).',
  failed: '이 파일을 쓸 수 없습니다: {{message}}',
  needModel: '먼저 모델을 학습하세요.',
};
