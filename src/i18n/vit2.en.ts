/** Texts of the attention maps and the heads-kept slider (vision transformer). ko twin: vit2.ko.ts. */
export const vit2En = {
  attention: {
    heading: 'Attention maps',
    intro:
      'Where the class token looks in each block: one map per head over the test image (brighter orange = more attention). The classifier reads only the class token, so this is what each head passes on to the answer.',
    notVit:
      'Attention maps exist only for a vision transformer: choose a vit: teacher architecture and train it.',
    needTeacher: 'Train the teacher to see its attention.',
    loading: 'Reading the attention…',
    failed: 'Could not read the attention: {{message}}',
    image: 'Test image {{index}}: label {{label}}, the teacher says {{predicted}}',
    previous: 'Previous image',
    next: 'Next image',
    layer: 'Block {{layer}}',
    head: 'Head {{head}}',
    spread: 'spread {{spread}} patches',
    spreadHelp:
      'Spread: the attention-weighted mean distance, in patches, from the centre of the head’s attention. Small: the head looks locally; large: it looks over the whole image.',
    mapLabel: 'Block {{layer}}, head {{head}}: attention spread {{spread}} patches',
    trainedArch: 'Teacher {{arch}} as trained',
  },
  heads: {
    label: 'Heads kept',
    value: '{{kept}} of {{total}}',
    help: 'Removes whole attention heads, the least important first (scored by the pruning method), counted over the whole model (at least one per block is kept). Sets pruning to whole heads and its scope to global; the q, k, v and o matrices really shrink.',
  },
};
