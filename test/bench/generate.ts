import { startLocalServer, type LocalServer } from '../../lib/cli/local-server';

/**
 * Deterministic news-like pages for the benchmark: an article of N paragraphs with inline markup
 * (b/i/a/span, names split across elements), tables, a sidebar, an editable box, <script> blocks that
 * contain topic words, story mentions in English and Chinese mixed with neutral text and hard negatives.
 * Same seed and size → byte-identical page, so runs and machines compare.
 */

/** mulberry32: small, fast, good enough to vary text; Math.random would make pages differ per run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const NEUTRAL = [
  'The city council approved the new budget after a long debate about school funding and road repairs.',
  'Analysts expect interest rates to stay where they are until the spring, according to several banks.',
  'Local farmers reported a strong harvest despite a dry summer and rising fuel prices.',
  'The museum will extend its opening hours during the holiday season to cope with demand.',
  'Shares in the regional carrier rose slightly as passenger numbers recovered from last year.',
  'A new cycling lane along the river is due to open next month, officials said on Tuesday.',
  'The football club confirmed that its captain will miss the next three matches with an injury.',
  'Weather forecasters warned of heavy rain and strong winds along the coast over the weekend.',
  'The university announced a partnership with hospitals to train more nurses in rural areas.',
  'Retail sales were flat in October as households kept a close eye on their energy bills.',
] as const;

/** Story sentences; markup deliberately splits names across inline elements. */
const STORY_EN = [
  '<b>Claude</b> <i>Code</i>, the command-line tool from <a href="/anthropic">Anthropic</a>, shipped a source map in version 2.1.88.',
  'The source code leak exposed about 512,000 lines of TypeScript, researchers said.',
  'Researcher <span class="byline">Chaofan Shou</span> (<a href="/x">@Fried_rice</a>) flagged the leaked package on X.',
  '<a href="/anthropic">Anthropic</a>’s chief executive <b>Dario Amodei</b> has long argued for export controls on AI chips.',
  'Anthropic alleged that <b>DeepSeek</b>, <i>Moonshot</i> <i>AI</i> and <span>MiniMax</span> ran distillation attacks against Claude.',
  'The company said about 24,000 fraudulent accounts generated more than 16 million exchanges with Claude.',
  'Since September, Anthropic bars companies majority-owned from unsupported regions such as China.',
  'Moonshot AI’s Kimi K2 and DeepSeek-R1 were named in the reports about distillation of Claude outputs.',
  'Developers compared the leaked code with Claude Opus prompts and MiniMax-M1 tool calls.',
  'Anthropic cited national security when it described China as an adversarial nation, the article claimed.',
] as const;

const STORY_ZH = [
  'Anthropic 指控深度求索、月之暗面和稀宇科技通过虚假账户蒸馏 <b>Claude</b> 模型。',
  '<b>Claude Code</b> 源代码泄露事件在国内开发者论坛引发热议，泄露的代码约有五十一万行。',
  '达里奥·阿莫迪多次呼吁加强芯片出口管制，Anthropic 限制中国企业使用 Claude。',
  '海螺AI 和星野都是稀宇科技的产品，Kimi 则来自月之暗面。',
] as const;

/** Hard negatives: the ambiguous words in their other senses. */
const NEGATIVE = [
  'The minimax algorithm prunes game trees, and minimax regret is a classic topic in decision theory.',
  'An exhibition of paintings by Claude Monet and recordings of Claude Debussy opens on Friday.',
  'A water leak in the basement forced the library to close, and a gas leak closed the high street.',
  'The distillery explained how whisky distillation differs from the distillation of crude oil.',
  'Kimi Räikkönen was cheered at the circuit, and climbers returned from K2 after a storm.',
  'Philosophers still debate the anthropic principle and the moonshot project of colonising Mars.',
  'The app crashed because of a memory leak, the developers wrote in their release notes.',
  '平克·弗洛伊德的专辑《月之暗面》再版，实验室用蒸馏水清洗仪器，厨房的水管泄漏了。',
] as const;

const TOPIC_WORDS = '["Claude Code leak","distillation","DeepSeek","Moonshot AI","MiniMax","Anthropic","unsupported regions"]';

function paragraph(rand: () => number, index: number): string {
  const roll = rand();
  const parts: string[] = [];
  const sentences = 2 + Math.floor(rand() * 3);
  for (let s = 0; s < sentences; s++) parts.push(pick(rand, NEUTRAL));
  if (roll < 0.14) {
    parts.splice(1, 0, pick(rand, STORY_ZH));
  } else if (roll < 0.5) {
    parts.splice(Math.floor(rand() * parts.length), 0, pick(rand, STORY_EN));
  } else if (roll < 0.62) {
    parts.splice(Math.floor(rand() * parts.length), 0, pick(rand, NEGATIVE));
  }
  return `<p id="p${index}">${parts.join(' ')}</p>`;
}

function table(rand: () => number, index: number): string {
  const rows = ['DeepSeek', 'Moonshot AI', 'MiniMax', 'Acme Logistics', 'Northwind Foods']
    .map((name) => `<tr><td>${name}</td><td>${Math.floor(rand() * 1000)}</td><td>${Math.floor(rand() * 100)}%</td></tr>`)
    .join('');
  return `<table class="figures" id="t${index}"><thead><tr><th>Company</th><th>Exchanges (k)</th><th>Share</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** `count` paragraphs (with a table every 40 and a JSON script every 500) numbered from `from`. */
export function generateParagraphs(count: number, seed = 1, from = 0): string[] {
  const rand = seededRandom(seed * 1_000_003 + from);
  const out: string[] = [];
  for (let i = from; i < from + count; i++) {
    out.push(paragraph(rand, i));
    if (i % 40 === 39) out.push(table(rand, i));
    if (i % 500 === 499) out.push(`<script type="application/json">{"topics":${TOPIC_WORDS},"p":${i}}</script>`);
  }
  return out;
}

function sidebar(): string {
  const links = [
    'Claude Code leak: what we know',
    'DeepSeek, Moonshot AI and MiniMax deny nothing',
    'Local elections: full results',
    'Weather: storm warning for the coast',
    'Anthropic restricts access in unsupported regions',
    'Recipes for the holidays',
  ];
  const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/read/${i}">${links[i % links.length]}</a></li>`);
  return `<aside class="sidebar"><h2>Most read</h2><ol>${items.join('')}</ol></aside>`;
}

export function generatePage(paragraphs: number, seed = 1): string {
  const body = generateParagraphs(paragraphs, seed).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench page: ${paragraphs} paragraphs</title>
<style>body{font:16px/1.5 Georgia,serif;margin:0}main{max-width:42em;padding:1em;margin-right:19em}
.sidebar{position:absolute;top:0;right:0;width:16em;padding:1em;background:#f4f4f4}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}
.editor{border:1px solid #888;min-height:3em;padding:4px}</style>
<script>window.pageTopics = ${TOPIC_WORDS}; /* Claude Code leak, distillation, Anthropic */</script>
</head><body>
<main><header><h1>Daily Planet: Technology</h1><nav><a href="/">Home</a> · <a href="/tech">Tech</a> · <a href="/world">World</a></nav></header>
<form><label>Your comment <textarea name="c">The Claude Code leak and the distillation claims against DeepSeek</textarea></label></form>
<div class="editor" contenteditable="true">Draft: Anthropic, MiniMax, Moonshot AI and the source code leak.</div>
<article id="story">
${body}
</article></main>
${sidebar()}
</body></html>`;
}

export const PAGE_SIZES = [1_000, 5_000, 20_000] as const;

/** Serves /page/<n>.html for any n, generated once and cached. */
export async function servePages(seed = 1): Promise<LocalServer> {
  const cache = new Map<number, string>();
  return startLocalServer((path) => {
    const match = /^\/page\/(\d+)\.html$/.exec(path);
    if (!match) return undefined;
    const n = Number(match[1]);
    let html = cache.get(n);
    if (html === undefined) {
      html = generatePage(n, seed);
      cache.set(n, html);
    }
    return { body: html, type: 'text/html; charset=utf-8' };
  });
}
