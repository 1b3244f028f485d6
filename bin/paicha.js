#!/usr/bin/env node
// Installed entry: runs the compiled CLI (npm run build:lib writes build/).
import "../build/src/node/cli/bin.js";
