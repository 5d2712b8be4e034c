/** 학생 결과 표와 빠진 클래스의 문구. en 짝: studentResults.en.ts. */
export const studentResultsKo = {
  valAccuracy: '검증 정확도',
  testAccuracy: '테스트 정확도',
  columnsNote:
    '모델 하나에 분할마다 숫자 하나: 학습 곡선과 온도 스윕은 검증 수치를, 비교는 테스트 수치를 보여 줍니다.',
  omitted: {
    heading: '학생들이 한 번도 보지 못한 클래스: {{label}}',
    row: '{{model}}: 학습된 그대로 테스트 {{label}}의 {{recall}}를 알아봄, {{label}} 편향을 {{shift}}만큼 올린 뒤 {{shifted}} (전체 클래스: {{accuracy}}).',
    note: '테스트 분할에서의 재현율이며, 편향을 올릴 양은 검증 분할에서 고릅니다.',
  },
};
