import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { DEMO_DIR } from '../../../lib/cli/demo-pages';
import { addMentionCounts, DetectService } from '../../../lib/content/detect-service';
import type { FirstPassDeps } from '../../../lib/content/first-pass';
import type { SendDetect } from '../../../lib/content/remote-detection';
import { detect, type DocumentContext } from '../../../lib/engine';
import { createExtractor, extractText, liveView, type ExtractedText } from '../../../lib/extract/dom-text';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import type { Mention } from '../../../lib/types';
import { generatePage } from '../../bench/generate';

/** The extraction the content script makes of a whole HTML page (linkedom stands in for the browser's DOM). */
export function extractPage(html: string): ExtractedText {
  const { document } = parseHTML(html);
  return extractText(document.body as unknown as Node);
}

/**
 * An extraction of `html` not yet begun, stepped by whoever holds it a few nodes at a time (its clock
 * always says the deadline has passed), and the live view of it the scan hands to the first pass.
 */
export function extractionUnderWay(html: string) {
  const { document } = parseHTML(html);
  const extractor = createExtractor(document.body as unknown as Node, { now: () => Number.POSITIVE_INFINITY });
  return { extractor, source: liveView(extractor) };
}

/** A news-like page big enough for several slices of every size the first pass cuts. */
export function newsSource(paragraphs = 300): ExtractedText {
  return extractPage(generatePage(paragraphs));
}

/** The Chinese demo article (written like the seed), its body repeated so that it spans several slices. */
export function chineseSource(copies = 12): ExtractedText {
  const { document } = parseHTML(readFileSync(resolve(DEMO_DIR, 'zh.html'), 'utf8'));
  const body = document.body.innerHTML;
  const html = Array.from({ length: copies }, (_, i) => `<section id="c${i}">${body}</section>`).join('\n');
  return extractPage(`<!doctype html><html lang="zh-CN"><head><title>zh</title></head><body>${html}</body></html>`);
}

/** A JSON round trip, as a message between two extension contexts would make. */
export const overTheWire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * A background in this process: each request crosses a JSON round trip to a DetectService with the real
 * engine, and its reply crosses one back. `requests` keeps what was sent, as the background received it.
 */
export function inProcessBackground(service = new DetectService((doc, options) => detect(doc, options))) {
  const requests: DetectSliceRequest[] = [];
  const send: SendDetect = async (request) => {
    const received = overTheWire(request) as DetectSliceRequest;
    requests.push(received);
    return overTheWire(service.answer(received));
  };
  return { service, send, requests };
}

/**
 * The first pass's environment with the real engine on the page and a store that counts what it is
 * given as the content script's MentionStore does. `placed` holds each place() call, in order.
 */
export function passDeps(source: ExtractedText, overrides: Partial<FirstPassDeps> = {}) {
  const counts: DocumentContext = { entities: {}, topics: {} };
  const placed: Mention[][] = [];
  const abort = new AbortController();
  const deps: FirstPassDeps = {
    source,
    detectHere: (doc, options) => detect(doc, options),
    prepareHere: () => Promise.resolve(),
    context: () => ({ entities: { ...counts.entities }, topics: { ...counts.topics } }),
    place: (mentions) => {
      placed.push([...mentions]);
      addMentionCounts(counts, mentions);
    },
    yieldNow: () => Promise.resolve(),
    signal: abort.signal,
    ...overrides,
  };
  return { deps, placed, abort, counts };
}

/** Every field a highlight and its card depend on, in a form toEqual compares. */
export const spanOf = (m: Mention) => ({
  start: m.start,
  end: m.end,
  category: m.category,
  entity: m.entity,
  reason: m.reason,
  text: m.text,
});

/**
 * What was decided, without the "why": a reason quotes the context words the engine read, and a slice
 * reads its blocks with one neighbour each side, so the same mention may quote fewer words when a slice
 * boundary falls between it and them (lib/engine/index.ts). Passes cut differently compare on this.
 */
export const decisionOf = (m: Mention) => ({ start: m.start, end: m.end, category: m.category, entity: m.entity, text: m.text });

/** A stable key per decision, for comparing passes as sets. */
export const keyOf = (m: Mention) => JSON.stringify(decisionOf(m));

/** Which block each mention lies in (index into source.blocks), -1 when none. */
export function blockOf(source: ExtractedText, mention: Mention): number {
  return source.blocks.findIndex((b) => mention.start >= b.start && mention.end <= b.end);
}
