import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Chromium flags known to work on the project's machines: WebGPU through SwiftShader, no network chatter. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath:
      process.env.CHROMIUM_PATH ??
      (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      '--no-sandbox',
      '--enable-unsafe-webgpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
