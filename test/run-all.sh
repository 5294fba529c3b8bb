#!/usr/bin/env bash
# `npm test`: types, unit tests (vitest), browser tests (Playwright in Chromium, puppeteer-core in Firefox).
# Every suite writes a JSON report; the last line sums them as "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
mkdir -p test-reports
rm -f test-reports/*.json
status=0

echo "== Types (tsc --noEmit)"
if npx tsc --noEmit; then echo '{"passed":1,"failed":0}' > test-reports/types.json
else echo '{"passed":0,"failed":1}' > test-reports/types.json; status=1; fi

echo "== Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || status=1

echo "== Build (Chrome and Firefox)"
if npx wxt build >/dev/null && npx wxt build -b firefox --mv3 >/dev/null; then
  echo '{"passed":1,"failed":0}' > test-reports/build.json
else
  echo '{"passed":0,"failed":1}' > test-reports/build.json; status=1
fi

echo "== Browser tests, Chromium (Playwright)"
SKIP_BUILD=1 PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json \
  npx playwright test --reporter=list,json || status=1

if [ -f test/e2e-firefox/run.ts ]; then
  echo "== Browser tests, Firefox (puppeteer-core)"
  SKIP_BUILD=1 npx tsx test/e2e-firefox/run.ts --report test-reports/firefox.json || status=1
fi

npx tsx test/summarize.ts test-reports || status=1
exit $status
