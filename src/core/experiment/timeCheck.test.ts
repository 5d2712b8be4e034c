import { describe, expect, it } from 'vitest';
import { defaultConfig, parseQuery, type ExperimentConfig } from '../config';
import { buildSpec } from '../model/spec';
import { LESSONS, stepQuery } from '../../lessons/lessons';
import {
  checkRunTime,
  describeTimeRefusal,
  estimateRunSeconds,
  specForwardMacs,
} from './timeCheck';

/** The run of the issue: accepted with an ETA of "about 315 hr". */
function huge(): ExperimentConfig {
  const base = defaultConfig();
  return {
    ...base,
    dataset: 'mnist',
    trainSize: 60000,
    teacher: { arch: 'mlp:2048-2048-2048-2048', epochs: 200 },
    train: { ...base.train, batchSize: 8 },
  };
}

const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

describe('time estimate', () => {
  it('counts forward multiply–accumulates per example', () => {
    // LeNet-300-100: 784·300 + 300·100 + 100·10
    expect(specForwardMacs(buildSpec('mlp:300-100', [28, 28, 1], 10))).toBe(266_200);
    // conv 3×3 1→8 at 28×28, pool, conv 3×3 8→16 at 14×14, pool, dense 7·7·16→10
    expect(specForwardMacs(buildSpec('cnn:8-16', [28, 28, 1], 10))).toBe(
      9 * 8 * 784 + 9 * 8 * 16 * 196 + 784 * 10,
    );
  });

  it('refuses the issue’s run on every backend and suggests the most epochs that fit', () => {
    const macs = 784 * 2048 + 3 * 2048 * 2048 + 2048 * 10;
    // Three passes per example, 60,000 examples, 200 epochs at 5 GMAC/s; 1.5 M steps of 0.2 ms;
    // one forward pass over the 10,000 test images.
    expect(estimateRunSeconds(huge(), 'teacher', 'wasm')).toBeCloseTo(
      (3 * macs * 60000 * 200) / 5e9 + 1.5e6 * 2e-4 + (macs * 10000) / 5e9,
      6,
    );
    expect(checkRunTime(huge(), 'teacher', 'cpu').over).toBe(true);
    // On the plain CPU backend even one epoch is too long (next test); the others drop epochs.
    for (const backend of ['webgpu', 'webgl', 'wasm'] as const) {
      const check = checkRunTime(huge(), 'teacher', backend);
      expect(check.over).toBe(true);
      expect(check.suggestion?.key).toBe('teacher.epochs');
      const e = check.suggestion!.value;
      const at = (epochs: number) =>
        estimateRunSeconds(
          { ...huge(), teacher: { ...huge().teacher, epochs } },
          'teacher',
          backend,
        );
      expect(at(e)).toBeLessThanOrEqual(3600);
      expect(at(e + 1)).toBeGreaterThan(3600);
    }
    expect(describeTimeRefusal(checkRunTime(huge(), 'teacher', 'wasm'))).toMatch(
      /^This run would take at least 28\.5 h on wasm; the limit is 1\.0 h\. Try teacher\.epochs=6\.$/,
    );
  });

  it('suggests fewer examples when even one epoch is too long, and a raised limit lets it run', () => {
    const oneEpoch = { ...huge(), teacher: { ...huge().teacher, epochs: 1 } };
    const check = checkRunTime(oneEpoch, 'teacher', 'cpu', 600);
    expect(check.over).toBe(true);
    expect(check.suggestion?.key).toBe('trainSize');
    const n = check.suggestion!.value;
    expect(n % 100).toBe(0);
    expect(estimateRunSeconds({ ...oneEpoch, trainSize: n }, 'teacher', 'cpu')).toBeLessThanOrEqual(
      600,
    );
    expect(checkRunTime(huge(), 'teacher', 'wasm', 40 * 3600).over).toBe(false);
  });

  it('gates the students by their own epochs and transfer set', () => {
    const base = huge();
    const c = {
      ...base,
      teacher: { ...base.teacher, epochs: 1 },
      student: { ...base.student, arch: 'mlp:2048-2048', epochs: 200 },
    };
    const check = checkRunTime(c, 'students', 'webgpu');
    expect(check.over).toBe(true);
    expect(check.suggestion?.key).toBe('student.epochs');
  });

  it('lets the defaults and every lesson step through on every backend', () => {
    const configs = [
      defaultConfig(),
      ...LESSONS.flatMap((lesson) =>
        lesson.steps.map((_, i) => parseQuery(stepQuery(lesson, i + 1)).config),
      ),
    ];
    for (const config of configs)
      for (const backend of BACKENDS)
        for (const kind of ['teacher', 'students'] as const)
          expect(checkRunTime(config, kind, backend).over).toBe(false);
  });
});
