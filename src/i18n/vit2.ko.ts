import type { vit2En } from './vit2.en';

/** 어텐션 지도와 남길 헤드 수 슬라이더(비전 트랜스포머)의 문구. en 쌍: vit2.en.ts. */
export const vit2Ko: typeof vit2En = {
  attention: {
    heading: '어텐션 지도',
    intro:
      '블록마다 클래스 토큰이 어디를 보는지: 헤드 하나에 지도 하나씩 테스트 이미지 위에 그립니다(주황색이 밝을수록 주의가 큼). 분류기는 클래스 토큰만 읽으므로, 이것이 각 헤드가 답으로 넘기는 정보입니다.',
    notVit: '어텐션 지도는 비전 트랜스포머에만 있습니다: 교사 구조로 vit: 를 고르고 학습하세요.',
    needTeacher: '교사를 학습하면 어텐션을 볼 수 있습니다.',
    loading: '어텐션을 읽는 중…',
    failed: '어텐션을 읽지 못했습니다: {{message}}',
    image: '테스트 이미지 {{index}}: 정답 {{label}}, 교사의 답 {{predicted}}',
    previous: '이전 이미지',
    next: '다음 이미지',
    layer: '블록 {{layer}}',
    head: '헤드 {{head}}',
    spread: '퍼짐 {{spread}} 패치',
    spreadHelp:
      '퍼짐: 헤드 어텐션의 중심에서 잰, 어텐션으로 가중한 평균 거리(패치 단위). 작으면 가까운 곳을, 크면 이미지 전체를 봅니다.',
    mapLabel: '블록 {{layer}}, 헤드 {{head}}: 어텐션 퍼짐 {{spread}} 패치',
    trainedArch: '학습된 교사 {{arch}}',
  },
  sensitivity: {
    heading: '어떤 헤드가 중요할까?',
    intro:
      '헤드를 하나씩 제거하고 교사의 검증 세트(테스트 세트가 아님) 정확도를 잽니다. 전체 모델보다 거의 떨어지지 않는 칸은 없어도 되는 헤드이고, 진한 주황색 칸은 모델에 꼭 필요한 헤드입니다.',
    run: '헤드 스캔',
    running: '스캔 중…',
    failed: '헤드를 스캔하지 못했습니다: {{message}}',
    dense:
      '모든 헤드: 검증 예제 {{examples}}개에서 {{accuracy}}. 각 칸: 그 헤드 하나만 제거했을 때의 정확도.',
    cellLabel: '블록 {{layer}}, 헤드 {{head}} 제거: {{accuracy}}',
  },
  heads: {
    label: '남길 헤드 수',
    value: '{{total}}개 중 {{kept}}개',
    help: '어텐션 헤드를 통째로 없앱니다. 중요도가 낮은 헤드부터(가지치기 방법으로 점수를 매김) 모델 전체에서 세며, 블록마다 적어도 하나는 남깁니다. 가지치기를 헤드 단위로, 범위를 전체(global)로 바꿉니다. q, k, v, o 행렬이 실제로 작아집니다.',
  },
};
