#!/usr/bin/env node
// The checkout's `missive` bin. pnpm links a workspace package's bins into its dependents'
// node_modules/.bin at install time, before any build, and warns when the target is missing:
// this file exists from the start. The published package runs dist/cli.js itself
// (publishConfig.bin).
import "../dist/cli.js";
