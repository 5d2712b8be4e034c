import type { sweepEn } from './sweep.en';

/** 온도 스윕(지식 증류) 문구. */
export const sweepKo: typeof sweepEn = {
  heading: '온도에 따른 정확도',
  intro:
    '스크래치 학생을 한 번 학습한 뒤, 온도마다 증류 학생을 하나씩 백그라운드에서 학습합니다. 학생 하나가 끝날 때마다 점이 하나씩 나타납니다.',
  run: 'T = {{list}} 스윕 실행',
  running: '학생 {{total}}명 중 {{done}}명 학습 완료…',
  needTeacher: '먼저 교사 모델을 학습하세요.',
  empty: '아직 스윕 결과가 없습니다.',
  scratch: '스크래치 학생(정답 레이블만)',
  distilled: '증류 학생',
  axisT: '온도 T',
  axisAccuracy: '검증 정확도',
  tableCaption: '온도별 증류 학생 정확도',
  best: '검증 세트 기준 최고: T = {{t}}, 정확도 {{accuracy}} (스크래치 대비 {{delta}}).',
};
