import type { owndataEn } from './owndata.en';

/** 그리기 탐색과 내 데이터 가져오기의 문구. en 짝: owndata.en.ts. */
export const owndataKo: typeof owndataEn = {
  draw: {
    heading: '숫자 그리기',
    intro:
      '마우스, 손가락 또는 펜으로 그려 보세요. 그림은 MNIST 숫자처럼 바뀌고(20×20에 맞추고 28×28 안에서 무게중심으로 가운데 정렬) 학습된 모든 모델이 답합니다.',
    pad: '그림판',
    undo: '되돌리기',
    clear: '지우기',
    seen: '모델이 보는 그림 (28×28)',
    empty: '그림판에 무언가를 그려 보세요.',
    thinking: '모델에게 묻는 중…',
    noTeacher: '먼저 교사 모델을 학습하세요. 아직 물어볼 모델이 없습니다.',
    notDigits:
      '그리기는 28×28 흑백 이미지 데이터(MNIST, Fashion-MNIST 또는 28×28 흑백으로 가져온 내 데이터)에서만 됩니다. 지금 데이터셋은 다릅니다.',
    failed: '모델이 답하지 못했습니다: {{message}}',
    teacher: '밀집 교사 모델',
    student: '증류된 학생 모델',
    compressed: '압축된 {{target}}',
    targetTeacher: '교사 모델',
    targetStudent: '학생 모델',
    classColumn: '클래스',
    tableCaption: '그림에 대한 각 모델의 클래스별 확률',
    answer: '{{model}}: {{name}} ({{p}})',
    agree: '압축된 모델도 밀집 교사 모델과 같은 답을 냅니다.',
    changed:
      '압축이 답을 바꿨습니다: 압축된 모델은 {{compressed}}, 밀집 교사 모델은 {{teacher}}라고 답합니다.',
  },
};
