#!/usr/bin/env node
// The `tally` command. A committed shim (not dist/cli.js itself) so that npm can
// link the bin at install time, before the first build.
import "../dist/cli.js";
