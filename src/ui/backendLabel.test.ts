import { describe, expect, it } from 'vitest';
import type { BackendInfo } from '../core/backend';
import { describeBackend, shortAdapter } from './backendLabel';

// A stand-in for i18next's t with the English templates this helper uses.
const templates: Record<string, string> = {
  'backend.names.webgpu': 'WebGPU',
  'backend.names.wasm': 'WASM',
  'backend.software': 'software, slow',
  'backend.unavailable': '{{name}} — {{other}} unavailable: {{reason}}',
  'backend.softwareBadge': '{{name}} — chosen over a software GPU ({{adapter}}), which is slower',
};
const t = (key: string, vars: Record<string, string> = {}) =>
  (templates[key] ?? key).replace(/{{(\w+)}}/g, (_, v: string) => vars[v] ?? '');

const info = (over: Partial<BackendInfo>): BackendInfo => ({
  name: 'webgpu',
  adapter: null,
  isFallbackAdapter: false,
  fallbacks: [],
  ...over,
});

describe('describeBackend', () => {
  it('names a software adapter and warns that it is slow', () => {
    const text = describeBackend(
      info({ adapter: 'SwiftShader (Google SwiftShader Device)', isFallbackAdapter: true }),
      t,
    );
    expect(text).toBe('WebGPU · SwiftShader (software, slow)');
  });

  it('says why the first choice was not used', () => {
    const text = describeBackend(
      info({
        name: 'wasm',
        fallbacks: [{ backend: 'webgpu', reason: 'navigator.gpu is missing' }],
      }),
      t,
    );
    expect(text).toBe('WASM — WebGPU unavailable: navigator.gpu is missing');
  });

  it('says auto passed over a software GPU, in words the catalogue owns', () => {
    const text = describeBackend(
      info({
        name: 'wasm',
        fallbacks: [
          { backend: 'webgpu', reason: 'software', softwareAdapter: 'Google SwiftShader' },
        ],
      }),
      t,
    );
    expect(text).toBe('WASM — chosen over a software GPU (SwiftShader), which is slower');
  });

  it("names the race's winner with its measured time", () => {
    const race = {
      entries: [
        { backend: 'webgpu' as const, msPerStep: 41.26, steps: 2, outcome: 'timed' as const },
        { backend: 'wasm' as const, msPerStep: 4.26, steps: 5, outcome: 'timed' as const },
      ],
      winner: 'wasm' as const,
      model: 'mlp:16 · batch 32',
      budgetMs: 1000,
      elapsedMs: 600,
      deviceKey: 'k',
      remembered: false,
    };
    const templates2: Record<string, string> = {
      ...templates,
      'backendRace.badge': '{{name}} — fastest here ({{ms}} ms/step)',
    };
    const t2 = (key: string, vars: Record<string, string> = {}) =>
      (templates2[key] ?? key).replace(/{{(\w+)}}/g, (_, v: string) => vars[v] ?? '');
    expect(describeBackend(info({ name: 'wasm', race }), t2)).toBe(
      'WASM — fastest here (4.3 ms/step)',
    );
  });

  it('is just the name when nothing is special', () => {
    expect(describeBackend(info({ name: 'wasm' }), t)).toBe('WASM');
  });
});

describe('shortAdapter', () => {
  it('shortens long adapter names', () => {
    expect(shortAdapter(null)).toBeNull();
    expect(shortAdapter('x'.repeat(40))).toHaveLength(32);
  });
});
