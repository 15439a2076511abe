#!/usr/bin/env node
// The command line ships as a committed bundle so `npx destroy-guard` works without a build.
import '../dist/cli.js';
