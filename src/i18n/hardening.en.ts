/**
 * Texts of the hardening work (issue 18): the crash screen, a run that cannot be shown, import
 * collisions and the stored-runs cap. ko twin: hardening.ko.ts.
 */
export const hardeningEn = {
  crash: {
    heading: 'Something in the lab broke',
    intro:
      'The page stopped drawing because of an error. Your saved runs are still in this browser. Choose how to recover:',
    detail: 'Error: {{message}}',
    reload: 'Reload',
    reset: 'Reset this experiment',
    resetHint: 'Opens the lab with default settings (the link’s settings are dropped).',
    exportClear: 'Export and clear saved data',
    exportClearHint:
      'Downloads every saved run as a file (exactly as stored), then deletes the lab’s saved data in this browser and reloads.',
  },
  import: {
    conflict_one:
      '{{count}} run in this file has the id of a run you already have (or appears twice in the file). What should happen to it?',
    conflict_other:
      '{{count}} runs in this file have the id of a run you already have (or appear twice in the file). What should happen to them?',
    keepBoth: 'Keep both',
    replace: 'Replace mine',
    skip: 'Skip them',
    done: 'Imported: {{added}} added, {{replaced}} replaced, {{skipped}} skipped, {{renamed}} kept as copies.',
    capped_one:
      '{{count}} run was not imported: the table keeps at most {{max}} runs. Delete some runs, then import the file again to add it.',
    capped_other:
      '{{count}} runs were not imported: the table keeps at most {{max}} runs. Delete some runs, then import the file again to add them.',
  },
  paging: {
    label: 'Pages of saved runs',
    previous: 'Previous',
    next: 'Next',
    position: 'Runs {{from}}–{{to}} of {{total}}',
  },
  badRow: 'This saved run cannot be shown ({{id}}): {{message}}',
  time: {
    refused:
      'Not started: this run would take at least {{time}} on {{backend}}, and the lab starts runs of up to {{limit}}.',
    suggest: 'The nearest setting that fits: {{key}} = {{value}}.',
    apply: 'Use {{key}} = {{value}}',
    noSuggestion: 'Choose a smaller architecture or fewer examples.',
  },
};
