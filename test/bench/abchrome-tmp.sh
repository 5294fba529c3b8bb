#!/bin/bash
for r in 1 2 3; do for v in base new; do E=$([ $v = base ] && echo /tmp/base-wt/lib/engine/index.ts || echo /work/main/lib/engine/index.ts); echo -n "$v "; ENGINE=$E npx tsx test/bench/chromecold-tmp.ts ${1:-5000} 2>&1 | grep -E "^p[123]" | tr '\n' ' '; echo; done; done
