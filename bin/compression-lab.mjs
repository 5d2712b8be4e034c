#!/usr/bin/env node
// The CLI runs the same TypeScript core as the app; tsx compiles it on the fly, so there is no
// separate build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
