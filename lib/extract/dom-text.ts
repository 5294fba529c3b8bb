/**
 * DOM → DocumentText, the extraction the content script and the `scan` command share.
 *
 * API for the content script:
 *
 *   const ex = createExtractor(document.body, { accept, isBlock });
 *   while (!ex.step(performance.now() + 8)) await nextIdle();   // chunks under a time budget
 *   const doc = ex.current();            // { text, blocks, map } — blocks so far are complete
 *   detect(doc) ... doc.map.rangeFor(m.start, m.end)  →  new Range() + setStart/setEnd → Highlight
 *   doc.map.offsetOf(caret.offsetNode, caret.offset)  →  the offset under the pointer (hover card)
 *
 *   Mutations: extractText(blockRootFor(target, body), options) re-extracts one changed block subtree into its
 *   own ExtractedText (offsets local to it); isInSkippedRegion(target) tells which changes to ignore
 *   (editors, our own UI host when `accept` rejects it). See subtree.ts.
 *
 * Layout of `text`: each block's text nodes verbatim (no whitespace collapsing, so offsets map 1:1 to
 * nodes), "\n" for each <br> inside a block, a backtick before and after inline code (<code>, <kbd>,
 * <samp>) so that the engine reads it as code, as it does in plain text, a fence line ("```") before and
 * after a <pre> block's text (code blocks read as copied markdown reads them), a space before a <sup> or <sub>
 * glued to a word (a footnote mark is not part of the name before it), and BLOCK_SEPARATOR between blocks, outside
 * every block.
 * Block spans exclude the block's leading and trailing whitespace; whitespace-only blocks are dropped.
 * Open shadow roots are walked in place of their host's children (slots show their assigned nodes),
 * as the page renders them. Iframe documents are not entered: the content script runs in each frame.
 */
import type { BlockSpan, DocumentText } from '../types';
import { isAsciiDigit, isWordUnit } from '../text/word-chars';
import { isBlockTag, isSkippedElement } from './element-rules';
import { TextNodeMap } from './text-node-map';

export const BLOCK_SEPARATOR = '\n\n';

export interface ExtractOptions {
  /** Return false to skip an element and its subtree (computed visibility, our own UI host...). */
  accept?: (element: Element) => boolean;
  /** Block or inline for an element (e.g. from computed display); undefined falls back to the tag. */
  isBlock?: (element: Element) => boolean | undefined;
  /** Clock for step deadlines; performance.now by default. */
  now?: () => number;
}

export interface ExtractedText extends DocumentText {
  readonly map: TextNodeMap;
}

export interface Extractor {
  /** Works until the whole root is walked (returns true) or `now() >= deadline` (returns false). */
  step(deadline: number): boolean;
  readonly done: boolean;
  /**
   * What is extracted so far. The last block is listed only once it is complete. `blocks` and `map`
   * are live (they grow with later steps); `text` is a snapshot, so call current() again after a step.
   */
  current(): ExtractedText;
  /**
   * The extracted text [start, end) so far, cut from the pieces themselves: no join of the whole text,
   * so reading slices while extraction goes on costs each slice's length, not the page's.
   */
  textBetween(start: number, end: number): string;
}

/** Nodes still to visit at one level: a sibling chain, or a slot's assigned nodes. */
interface Cursor {
  next: Node | null;
  list: readonly Node[] | null;
  index: number;
  /** The element that opened this level is a block: leaving it ends the block. */
  block: boolean;
  /** The element that opened this level is inline code: leaving it closes the backtick. */
  code?: boolean;
  /** The element that opened this level is a <pre> block: leaving it closes the fence. */
  pre?: boolean;
}

/** Inline elements whose text is code, a key or program output: model ids, paths, commands. */
const CODE_TAGS: ReadonlySet<string> = new Set(['code', 'kbd', 'samp']);
/** Superscript and subscript: footnote marks and exponents, written apart from the word before them. */
const SCRIPT_TAGS: ReadonlySet<string> = new Set(['sup', 'sub']);
const LETTER = /\p{L}/u;

/**
 * Whether a <sup> or <sub> is a mark glued to a word ("Claude Code<sup>3</sup>", "Anthropic<sup>*</sup>"): a letter
 * before it and no letter first inside it. Letters inside are part of the word, as a styled brand writes them.
 */
function footnoteMarkAfterWord(element: Element, before: number): boolean {
  if (!isWordUnit(before) || isAsciiDigit(before)) return false;
  const first = (element.textContent ?? '').trimStart().charCodeAt(0);
  return !Number.isNaN(first) && !LETTER.test(String.fromCharCode(first));
}
const BACKTICK = '`';
const FENCE_OPEN = '```\n';
const FENCE_CLOSE = '\n```';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
/** Check the clock every this many nodes: reading it per node costs more than the walk. */
const CLOCK_EVERY = 128;

export function createExtractor(root: Node, options: ExtractOptions = {}): Extractor {
  const now = options.now ?? (() => performance.now());
  const map = new TextNodeMap();
  const blocks: BlockSpan[] = [];
  // A step's pieces (text nodes, separators) are joined once when the step ends: one join is cheaper than
  // 200k string appends on a big page, and slices cut from a few long chunks cost less than from 200k pieces.
  const parts: string[] = [];
  const chunks: string[] = [];
  const chunkStarts: number[] = [];
  let length = 0;
  let chunked = 0; // text in chunks so far
  let joined = '';
  let joinedChunks = 0;
  let lastCode = 0; // the last character written, for a footnote mark glued to a word
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    lastCode = piece.charCodeAt(piece.length - 1);
  };
  const flush = () => {
    if (parts.length === 0) return;
    chunks.push(parts.join(''));
    chunkStarts.push(chunked);
    chunked = length;
    parts.length = 0;
  };
  let open = false;
  let blockStart = -1;
  let blockEnd = -1;
  let done = false;
  const stack: Cursor[] = [];
  // Inline code that starts a block: its backtick is written once the block opens, after the separator.
  let codePending = false;
  // Likewise a <pre> block's opening fence; inside it, inline code writes no backticks of its own.
  let fencePending = false;
  let preDepth = 0;
  let fencesOpen = 0;

  const endBlock = () => {
    if (!open) return;
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
    open = false;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    const first = firstNonSpace(data);
    // Whitespace before a block's first word is layout, not text: it never opens a block.
    if (!open && first < 0) return;
    if (!open) {
      if (length > 0) append(BLOCK_SEPARATOR);
      open = true;
      blockStart = -1;
      if (fencePending) {
        blockStart = length; // the fence is the block's first line
        append(FENCE_OPEN);
        fencesOpen++;
      }
      if (codePending) {
        if (blockStart < 0) blockStart = length; // the backtick is the block's first character
        append(BACKTICK);
      }
    }
    fencePending = false;
    codePending = false;
    const start = length;
    map.add(node, start, data.length);
    append(data);
    if (first >= 0) {
      if (blockStart < 0) blockStart = start + first;
      blockEnd = start + lastNonSpace(data) + 1;
    }
  };

  const enter = (element: Element) => {
    if (isSkippedElement(element)) return;
    if (options.accept && !options.accept(element)) return;
    if (element.localName === 'br') {
      if (open) append('\n');
      return;
    }
    const block = options.isBlock?.(element) ?? isBlockTag(element);
    if (block) endBlock();
    const cursor = childrenOf(element, block);
    if (block && element.localName === 'pre') {
      cursor.pre = true;
      preDepth++;
      fencePending = true;
    }
    if (!block && open && SCRIPT_TAGS.has(element.localName) && footnoteMarkAfterWord(element, lastCode)) append(' ');
    if (!block && preDepth === 0 && CODE_TAGS.has(element.localName)) {
      cursor.code = true;
      if (open) append(BACKTICK);
      else codePending = true;
    }
    stack.push(cursor);
  };

  if (root.nodeType === DOCUMENT_NODE) {
    // Start at the root element: linkedom's doctype node has no nextSibling.
    const element = (root as Document).documentElement;
    if (element) enter(element);
  } else if (root.nodeType === ELEMENT_NODE) enter(root as Element);
  else if (root.nodeType === TEXT_NODE) addText(root as Text);
  else stack.push({ next: root.firstChild ?? null, list: null, index: 0, block: true });

  const step = (deadline: number): boolean => {
    let count = 0;
    while (stack.length > 0) {
      if (++count % CLOCK_EVERY === 0 && now() >= deadline) {
        flush();
        return false;
      }
      const top = stack[stack.length - 1] as Cursor;
      let node: Node | null;
      if (top.list !== null) {
        node = top.list[top.index] ?? null;
        top.index++;
      } else {
        node = top.next ?? null;
        // linkedom answers undefined where the DOM says null.
        if (node !== null) top.next = node.nextSibling ?? null;
      }
      if (node === null) {
        stack.pop();
        if (top.code) {
          if (open && !codePending) {
            append(BACKTICK);
            if (blockStart >= 0) blockEnd = length;
          }
          codePending = false;
        }
        if (top.pre) {
          preDepth--;
          // Every fence written is closed, even when a block inside the <pre> ended its block first.
          if (fencesOpen > 0) {
            append(FENCE_CLOSE);
            fencesOpen--;
            if (open && blockStart >= 0) blockEnd = length;
          }
          fencePending = false;
        }
        if (top.block) endBlock();
      } else if (node.nodeType === TEXT_NODE) {
        addText(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        enter(node as Element);
      }
    }
    endBlock();
    flush();
    done = true;
    return true;
  };

  return {
    step,
    get done() {
      return done;
    },
    current: () => {
      flush();
      if (joinedChunks < chunks.length) {
        joined += chunks.slice(joinedChunks).join('');
        joinedChunks = chunks.length;
      }
      return { text: joined, blocks, map };
    },
    textBetween: (start, end) => {
      flush();
      // The last chunk starting at or before `start` (binary search), then chunks up to `end`.
      let lo = 0;
      let hi = chunks.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((chunkStarts[mid] as number) <= start) lo = mid + 1;
        else hi = mid;
      }
      let text = '';
      for (let k = Math.max(0, lo - 1); k < chunks.length && (chunkStarts[k] as number) < end; k++) {
        const at = chunkStarts[k] as number;
        const chunk = chunks[k] as string;
        text += chunk.slice(Math.max(0, start - at), Math.min(chunk.length, end - at));
      }
      return text;
    },
  };
}

/**
 * A view of an extraction under way that stays current: its blocks and map are the extractor's own
 * (they grow with each step) and its text is joined when read, so it can be handed out before the end.
 */
export function liveView(extractor: Extractor): ExtractedText {
  const { blocks, map } = extractor.current();
  return {
    get text() {
      return extractor.current().text;
    },
    blocks,
    map,
  };
}

/** Extracts the whole subtree at once (the `scan` command, tests, small mutation subtrees). */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const extractor = createExtractor(root, options);
  extractor.step(Number.POSITIVE_INFINITY);
  return extractor.current();
}

/** The rendered children: an open shadow root replaces the light DOM; a slot shows what it is assigned. */
function childrenOf(element: Element, block: boolean): Cursor {
  const shadow = element.shadowRoot;
  if (shadow) return { next: shadow.firstChild ?? null, list: null, index: 0, block };
  if (element.localName === 'slot') {
    const slot = element as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
    if (assigned.length > 0) return { next: null, list: assigned, index: 0, block };
  }
  return { next: element.firstChild ?? null, list: null, index: 0, block };
}

/** JavaScript's \s set (including NBSP and the ideographic space), by code unit for speed. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function firstNonSpace(data: string): number {
  for (let i = 0; i < data.length; i++) if (!isSpaceCode(data.charCodeAt(i))) return i;
  return -1;
}

function lastNonSpace(data: string): number {
  for (let i = data.length - 1; i >= 0; i--) if (!isSpaceCode(data.charCodeAt(i))) return i;
  return -1;
}
