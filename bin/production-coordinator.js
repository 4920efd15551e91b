#!/usr/bin/env node
// Package entry: runs the compiled CLI (npm run build:cli writes lib/).
require("../lib/cli/main.js");
