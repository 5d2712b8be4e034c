/** 레슨 단계 실행과 검증되는 주장의 문구. 영어판: lessonRun.en.ts. */
export const lessonRunKo = {
  expectHeading: '보게 될 결과',
  run: '이 단계 실행',
  rerun: '이 단계 다시 실행',
  phase: {
    idle: '시작하는 중…',
    teacher: '이 레슨의 교사 모델을 학습하는 중…',
    students: '증류 학생과 처음부터 학습한 학생을 학습하는 중…',
    compress: '압축한 모델을 테스트 세트로 측정하는 중…',
    done: '완료: 지금 보이는 숫자는 이 단계의 결과입니다.',
    failed: '단계가 끝나지 않았습니다: {{error}}',
  },
  pending: '아직 측정하지 않았습니다. 이 단계를 실행하세요.',
  met: '실행 결과가 이를 보여 줍니다: {{value}}.',
  differs:
    '실행 결과가 다릅니다: {{value}}. 시드와 작은 데이터 때문에 결과가 달라질 수 있습니다. 아래 설명을 보세요.',
  differsWhy:
    '레슨 테스트는 이 주장을 세 개의 시드로 확인합니다. 다른 시드나 백엔드, 직접 바꾼 설정 때문에 결과가 기준선을 넘나들 수 있습니다.',
  measured: '이 단계의 숫자',
  quantity: {
    dense: '압축하지 않은 모델',
    compressed: '압축한 모델',
    reference: '{{settings}} 설정의 같은 모델',
    student: '증류 학생',
    scratch: '처음부터 학습한 학생',
    omitted: '빠진 클래스에 대한 증류 학생 (학습된 편향 그대로)',
    omittedShifted: '빠진 클래스에 대한 증류 학생 (편향을 올린 뒤)',
    scratchOmittedShifted: '빠진 클래스에 대한 처음부터 학습한 학생 (편향을 올린 뒤)',
  },
  claim: {
    accuracyGap: '{{a}}의 정확도 − {{b}}의 정확도: {{value}} pp {{op}}',
    accuracy: '{{a}}의 정확도: {{value}} % {{op}}',
    sizeRatio: '{{a}}이 {{b}}보다 {{value}}배 {{op}} 작음',
  },
  opAtLeast: '이상',
  opAtMost: '이하',

  readoutFor: '이 숫자는 현재 설정이 아니라 {{settings}} 설정의 값입니다.',
};
