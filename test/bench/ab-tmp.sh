#!/bin/bash
# A/B: warm sliced pass (20k page) for base worktree vs current
for r in 1 2 3; do
  for v in base new; do
    D=$([ $v = base ] && echo /tmp/base-wt || echo /work/main)
    echo -n "$v "; (cd $D && npx tsx test/bench/cold-tmp.ts ${1:-20000} 2>/dev/null | sed -E 's/"first5".*//' | tr '\n' ' '); echo
  done
done
