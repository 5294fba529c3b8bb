/**
 * Measures extraction on a generated news page (20k paragraphs, 4.3 MB) in linkedom and happy-dom, and the
 * incremental extractor's longest step under an 8 ms budget. Run: npx tsx test/unit/extract/measure-extraction.ts
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { createExtractor, extractText } from '../../../lib/extract/dom-text';
import { detect } from '../../../lib/engine/index';
import { newsPageHtml } from './news-page';

const paragraphs = Number(process.argv[2] ?? 20_000);
const html = newsPageHtml(paragraphs);
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
console.log(`page: ${paragraphs} paragraphs, ${(html.length / 1e6).toFixed(1)} MB of HTML`);

let t = performance.now();
const linkedom = parseHTML(html).document as unknown as Document;
console.log(`linkedom parse: ${ms(t)}`);
for (let run = 1; run <= 3; run++) {
  t = performance.now();
  const doc = extractText(linkedom);
  console.log(`linkedom extract #${run}: ${ms(t)} (${(doc.text.length / 1e6).toFixed(1)} M chars, ${doc.blocks.length} blocks, ${doc.map.size} text nodes)`);
}

t = performance.now();
const window = new Window();
window.document.write(html);
const happy = window.document as unknown as Document;
console.log(`happy-dom parse: ${ms(t)}`);
for (let run = 1; run <= 3; run++) {
  t = performance.now();
  const doc = extractText(happy);
  console.log(`happy-dom extract #${run}: ${ms(t)} (${doc.blocks.length} blocks)`);
}

const extractor = createExtractor(linkedom);
let longest = 0;
let steps = 0;
const stepTimes: number[] = [];
t = performance.now();
while (!extractor.done) {
  const s = performance.now();
  extractor.step(s + 8);
  stepTimes.push(performance.now() - s);
  longest = Math.max(longest, performance.now() - s);
  steps++;
}
console.log(`incremental (8 ms budget): ${steps} steps, longest ${longest.toFixed(1)} ms, total ${ms(t)}`);
console.log(`  step times: ${stepTimes.map((x) => x.toFixed(1)).join(' ')}`);

const doc = extractor.current();
t = performance.now();
let hit = 0;
for (let i = 0; i < 20_000; i++) {
  const m = (i * 7919) % (doc.text.length - 20);
  if (doc.map.rangeFor(m, m + 15)) hit++;
}
console.log(`rangeFor x20000: ${ms(t)} (${hit} mapped)`);
t = performance.now();
const mentions = detect(doc);
console.log(`detect (engine as it is now): ${ms(t)}, ${mentions.length} mentions`);
window.close();
