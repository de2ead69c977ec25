#!/usr/bin/env node
// The `switchboard` CLI: the same services as the app, without Electron (build first: npm run build).
require('../out/main/cli.js').main();
