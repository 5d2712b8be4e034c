/** Texts of the vision transformer (architecture preset). ko twin: vit.ko.ts. */
export const vitPresetsEn = {
  'vit:p7-d32-h4-l2': 'ViT p7-d32-h4-l2 (tiny transformer: 16 patches, 4 heads, 2 blocks)',
};

/** The option label of prune.granularity=head. */
export const vitGranularityEn = {
  head: 'Whole attention heads (vit)',
};
