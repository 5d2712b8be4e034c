import type { splitParamsEn, splitsEn } from './splits.en';

/** 어떤 예시로 잰 수치인지(검증 세트로 고르고, 테스트 세트로 보고)와 valSize 설정. */
export const splitsKo: typeof splitsEn = {
  tagValidation: '검증',
  tagTest: '테스트',
  curves:
    '에포크별 곡선은 검증 세트로 잽니다. 검증 세트는 학습 데이터에서 떼어 두고 학습에는 전혀 쓰지 않는 예시입니다.',
  teacherTest:
    '테스트 정확도는 전체 테스트 세트로 잽니다. 랩의 어떤 선택도 테스트 세트를 보지 않습니다. 검증 정확도는 학습에서 떼어 둔 예시로 잽니다.',
  studentsTest:
    '이 표의 정확도는 전체 테스트 세트로 잰 값이고, 위의 곡선은 검증 세트로 잰 값입니다.',
  valAccuracy: '검증 정확도',
  sweep:
    '각 점은 검증 세트(학습에 쓰지 않은 예시)로 잽니다. 그래서 테스트 세트를 보지 않고 T를 고릅니다. 고른 T의 테스트 정확도는 그 T로 학생을 학습해서 확인하세요.',
  sensitivity:
    '검증 예시 최대 1,000개(학습에 쓰지 않은 예시)로 잽니다. 그래서 고른 층별 희소도가 테스트 세트에 맞춰지지 않습니다.',
  sparseVsDense: '두 모델 모두 검증 세트의 예시 {{count}}개(학습에 쓰지 않은 예시)로 잽니다.',
  previewNote:
    '슬라이더를 움직이는 동안의 정확도는 검증 예시로 본 미리보기이고, 놓으면 전체 테스트 세트로 잽니다.',
  auto: '자동: 학습 예시의 10 %, 최대 5,000개',
};

export const splitParamsKo: typeof splitParamsEn = {
  valSize: {
    label: '검증 예시 수',
    help: '학습 데이터에서 떼어 두고 학습에는 쓰지 않습니다. 곡선, 미리보기, 층별 훑어보기, 온도 스윕은 이 예시로 재고, 보고하는 정확도는 테스트 세트로 잽니다. 비워 두면 학습 예시의 10 %(최대 5,000개)입니다.',
  },
};
