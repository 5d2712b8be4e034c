/** 비전 트랜스포머 관련 문구(구조 프리셋). 영어 원문: vit.en.ts. */
export const vitPresetsKo = {
  'vit:p7-d32-h4-l2': 'ViT p7-d32-h4-l2 (아주 작은 트랜스포머: 패치 16개, 헤드 4개, 블록 2개)',
};

/** The option label of prune.granularity=head. */
export const vitGranularityKo = {
  head: '어텐션 헤드 전체 (vit)',
};
