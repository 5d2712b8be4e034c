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
  sensitivity: {
    heading: 'Which heads matter?',
    intro:
      'Removes one head at a time and measures the teacher on its validation split (not the test split). A cell barely below the full model is a head the model can do without; a deep orange one is a head it needs.',
    run: 'Scan the heads',
    running: 'Scanning…',
    failed: 'Could not scan the heads: {{message}}',
    dense:
      'All heads: {{accuracy}} on {{examples}} validation examples. Each cell: the accuracy with only that head removed.',
    cellLabel: 'Block {{layer}}, head {{head}} removed: {{accuracy}}',
  },
  heads: {
    label: 'Heads kept',
    value: '{{kept}} of {{total}}',
    help: 'Removes whole attention heads, the least important first (scored by the pruning method), counted over the whole model (at least one per block is kept). Sets pruning to whole heads and its scope to global; the q, k, v and o matrices really shrink.',
  },
};
