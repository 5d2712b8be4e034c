/** Texts of the automatic backend's calibration race (header badge). ko twin: backendRace.ko.ts. */
export const backendRaceEn = {
  badge: '{{name}} — fastest here ({{ms}} ms/step)',
  badgeNoTime: '{{name}} — chosen by the speed test',
  title: 'Speed test: a few training steps of {{model}} on each backend',
  titleRemembered:
    'Speed test remembered for this browser and GPU: {{model}}, a few training steps on each backend',
  msPerStep: '{{ms}} ms/step',
  overBudget: 'over its share ({{ms}} ms) of the 1 s test',
  failed: 'could not run: {{reason}}',
  software: 'software GPU ({{adapter}})',
  winner: 'fastest',
  use: 'Use {{name}}',
  inUse: 'in use',
  again: 'Test again',
  elapsed: 'The test took {{ms}} ms.',
  backToAuto: 'Let the lab choose (speed test)',
};
