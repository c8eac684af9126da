#!/usr/bin/env bash
# The browser tests (docs site, React example) drive Debian's chromium with playwright-core;
# no test ever downloads a browser.
exec bash "$(dirname "$0")/ensure-debian-package.sh" /usr/bin/chromium chromium "the browser tests"
