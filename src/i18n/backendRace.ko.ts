import type { backendRaceEn } from './backendRace.en';

/** 자동 백엔드 선택의 속도 측정(헤더 배지) 문구. */
export const backendRaceKo: typeof backendRaceEn = {
  badge: '{{name}} — 이 기기에서 가장 빠름 (단계당 {{ms}} ms)',
  badgeNoTime: '{{name}} — 속도 측정으로 선택됨',
  title: '속도 측정: 백엔드마다 {{model}} 학습 단계를 몇 번 실행',
  titleRemembered: '이 브라우저와 GPU에서 기억된 속도 측정: {{model}}, 백엔드마다 학습 단계 몇 번',
  msPerStep: '단계당 {{ms}} ms',
  overBudget: '1초 측정 중 제 몫({{ms}} ms)을 넘김',
  failed: '실행할 수 없음: {{reason}}',
  software: '소프트웨어 GPU ({{adapter}})',
  winner: '가장 빠름',
  use: '{{name}} 사용',
  inUse: '사용 중',
  again: '다시 측정',
  elapsed: '측정에 {{ms}} ms 걸렸습니다.',
  backToAuto: '랩이 고르게 하기 (속도 측정)',
};
