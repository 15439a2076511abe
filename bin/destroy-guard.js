#!/usr/bin/env node
// The command line ships as a committed bundle so `npx destroy-guard` works without a build.
// CommonJS (bin/package.json): Node starts it without its ES module loader.
require('../dist/cli.cjs');
