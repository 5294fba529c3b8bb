import { describe, expect, it } from 'vitest';
import { dataset } from '../../../lib/dataset/index';
import { defaultDetector } from '../../../lib/engine';
import { EngineWarmUp, warmUpSamples, type WarmUpLimits } from '../../../lib/content/engine-warmup';
import type { DocumentText } from '../../../lib/types';

const sample = (chars: number): DocumentText => ({ text: 'x'.repeat(chars), blocks: [{ start: 0, end: chars }] });

/** A warm-up over samples of 1000 characters with a hand-run task queue, recording what it did. */
function harness(limits: WarmUpLimits = { warmChars: 10_000, perLoadChars: 3_000 }) {
  const queue: Array<() => void> = [];
  const log: string[] = [];
  const samples = [sample(1000), sample(1000)];
  const warmUp = new EngineWarmUp(
    {
      prepare: () => log.push('prepare'),
      detect: (doc) => log.push(`detect ${samples.indexOf(doc)}`),
      samples: () => samples,
      schedule: (task) => queue.push(task),
    },
    limits,
  );
  /** Runs queued tasks (and the ones they queue) up to `max`; returns how many ran. */
  const run = (max = 100) => {
    let ran = 0;
    while (queue.length > 0 && ran < max) {
      queue.shift()!();
      ran++;
    }
    return ran;
  };
  return { warmUp, log, run, queue };
}

describe('EngineWarmUp', () => {
  it('should compile first, then read samples one task each until the per-load budget', () => {
    const { warmUp, log, run } = harness();
    warmUp.pageLoading();
    expect(log).toEqual([]); // nothing in the listener's own task
    run();
    expect(log).toEqual(['prepare', 'detect 0', 'detect 1', 'detect 0']);
    expect(warmUp.charsRead).toBe(3_000);
    expect(warmUp.running).toBe(false);
  });

  it('should go on where it stopped at the next page load, and stop for good once warm', () => {
    const { warmUp, log, run } = harness({ warmChars: 5_000, perLoadChars: 3_000 });
    warmUp.pageLoading();
    run();
    warmUp.pageLoading();
    run();
    expect(log.filter((l) => l.startsWith('detect'))).toEqual(['detect 0', 'detect 1', 'detect 0', 'detect 1', 'detect 0']);
    expect(warmUp.charsRead).toBe(5_000);
    log.length = 0;
    warmUp.pageLoading();
    run();
    expect(log).toEqual(['prepare']); // still compiled on demand, but no samples
  });

  it('should count pages read toward warmth', () => {
    const { warmUp, log, run } = harness({ warmChars: 5_000, perLoadChars: 3_000 });
    warmUp.realWork(4_500);
    warmUp.pageLoading();
    run();
    expect(log).toEqual(['prepare', 'detect 0']);
    expect(warmUp.charsRead).toBe(5_500);
  });

  it('should stop a warm-up under way when a page sends text or asks whether the engine is ready', () => {
    for (const interrupt of [(w: EngineWarmUp) => w.realWork(200), (w: EngineWarmUp) => w.stop()]) {
      const { warmUp, log, run } = harness();
      warmUp.pageLoading();
      run(2); // prepare, then one sample
      interrupt(warmUp);
      expect(warmUp.running).toBe(false);
      run();
      expect(log).toEqual(['prepare', 'detect 0']);
    }
  });

  it('should not compile when a page asked before the warm-up got its turn', () => {
    const { warmUp, log, run } = harness();
    warmUp.pageLoading();
    warmUp.stop();
    run();
    expect(log).toEqual([]);
  });

  it('should run one warm-up at a time however many tabs start loading', () => {
    const { warmUp, log, run, queue } = harness();
    warmUp.pageLoading();
    warmUp.pageLoading();
    expect(queue).toHaveLength(1);
    run();
    expect(log.filter((l) => l === 'prepare')).toHaveLength(1);
  });

  it('should stop when there are no samples', () => {
    const queue: Array<() => void> = [];
    const warmUp = new EngineWarmUp({ prepare: () => undefined, detect: () => undefined, samples: () => [], schedule: (t) => queue.push(t) });
    warmUp.pageLoading();
    while (queue.length > 0) queue.shift()!();
    expect(warmUp.running).toBe(false);
    expect(warmUp.charsRead).toBe(0);
  });
});

describe('warmUpSamples', () => {
  const samples = warmUpSamples(dataset.facts, dataset.faq);
  const paragraphs = [
    ...dataset.facts.flatMap((f) => [f.text.en, f.text.zh]),
    ...dataset.faq.flatMap((q) => [q.question.en, q.answer.en, q.question.zh, q.answer.zh]),
  ];

  it('should hold every fact and answer of the dataset, in both languages, one block each', () => {
    const blocks = samples.flatMap((s) => s.blocks.map((b) => s.text.slice(b.start, b.end)));
    expect(blocks).toEqual(paragraphs);
  });

  it('should cut samples short enough for one short task each', () => {
    const longest = Math.max(...paragraphs.map((p) => p.length));
    for (const s of samples) expect(s.text.length).toBeLessThan(4_000 + longest + 2);
    expect(samples.length).toBeGreaterThan(3);
  });

  it('should give the engine the story to read: mentions of every category', () => {
    const found = new Set(samples.flatMap((s) => defaultDetector().detect(s).map((m) => m.category)));
    expect([...found].sort()).toEqual(['company', 'distillation', 'leak', 'person', 'policy']);
  });
});
