#!/usr/bin/env bash
# `npm test`: types, unit tests (vitest), browser tests (Playwright in Chromium, puppeteer-core in Firefox).
# Every suite writes a JSON report; the last line sums them as "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json
status=0

echo "== Types (tsc --noEmit)"
if npx tsc --noEmit; then echo '{"passed":1,"failed":0}' > test-results/types.json
else echo '{"passed":0,"failed":1}' > test-results/types.json; status=1; fi

echo "== Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

echo "== Build (Chrome and Firefox)"
if npx wxt build >/dev/null && npx wxt build -b firefox --mv3 >/dev/null; then
  echo '{"passed":1,"failed":0}' > test-results/build.json
else
  echo '{"passed":0,"failed":1}' > test-results/build.json; status=1
fi

echo "== Browser tests, Chromium (Playwright)"
SKIP_BUILD=1 PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json \
  npx playwright test --reporter=list,json || status=1

if [ -f test/e2e-firefox/run.ts ]; then
  echo "== Browser tests, Firefox (puppeteer-core)"
  npx tsx test/e2e-firefox/run.ts --report test-results/firefox.json || status=1
fi

npx tsx test/summarize.ts test-results || status=1
exit $status
