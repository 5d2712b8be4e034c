/**
 * English texts of sharing and the saved-runs table (issue 6). Spread into en.ts;
 * runs.ko.ts has the same keys.
 */
export const shareEn = {
  heading: 'Share this experiment',
  linkLabel: 'Link to these settings',
  copy: 'Copy link',
  copied: 'Copied.',
  selected:
    'The clipboard is not available here: the link is selected, press Ctrl+C (⌘C on a Mac).',
  autorun: 'Start training when the link is opened',
  reproducible:
    'Training is seeded: on the same backend this link gives the same numbers. On another device or backend they agree within a small tolerance (floating-point arithmetic differs slightly).',
};

export const runsEn = {
  heading: 'Saved runs',
  intro:
    'Every finished run is kept in this browser. Pin one as the baseline to compare the others with it.',
  none: 'No runs yet: train the teacher and it appears here.',
  loading: 'Loading saved runs…',
  unavailable:
    'This browser does not let the lab store data, so runs are lost on reload. Export them to keep them.',
  caption: 'Saved runs, newest first',
  name: 'Name',
  finished: 'Finished',
  models: 'Models',
  teacherAccuracy: 'Teacher accuracy',
  studentAccuracy: 'Student accuracy (distilled / scratch)',
  size: 'Teacher size',
  backend: 'Backend',
  comparison: 'Against the baseline',
  actions: 'Actions',
  kinds: {
    teacher: 'teacher',
    students: 'teacher → students',
  },
  baseline: 'Baseline',
  pin: 'Pin as baseline',
  unpin: 'Unpin',
  rename: 'Rename',
  renameLabel: 'New name',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  open: 'Open settings',
  sameSettings: 'Same settings.',
  changed: '{{key}} = {{value}} (baseline {{baseline}})',
  moreChanges: '… and {{count}} more',
  teacherDelta: 'teacher {{pp}} pp',
  studentDelta: 'student {{pp}} pp',
  sizeRatio: 'size ×{{ratio}}',
  adapter: 'Adapter: {{adapter}}',
  points: 'compression points: {{count}}',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  import: 'Import JSON…',
  imported: 'Imported runs: {{count}}.',
  importFailed: 'Could not import this file: {{reason}} Nothing was changed.',
  errors: {
    'too-large': 'it is too large ({{detail}}).',
    'not-json': 'it is not valid JSON ({{detail}}).',
    foreign: 'it is not a runs file exported by Compression Lab ({{detail}}).',
    version: 'it was written by another version of the lab ({{detail}}).',
    invalid: 'a run in it is not valid ({{detail}}).',
  },
  dismiss: 'Dismiss',
};
