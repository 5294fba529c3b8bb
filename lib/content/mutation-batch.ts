import { blockRootFor, composedParent, outermostRoots } from '../extract/subtree';
import { isBlockTag } from '../extract/element-rules';

/**
 * Turns a batch of MutationRecords into the work it needs: the blocks to rescan and the removed
 * subtrees whose mentions must go. Changes in skipped regions (editors, scripts) and to our own UI host
 * produce no work, so our own changes never cause a rescan and typing in an editor is never read.
 */
export interface ChangeSet {
  /** Connected subtrees to re-extract (outermost only, each a block or the boundary). */
  roots: Node[];
  /** Nodes taken out of the page: drop the mentions inside them. */
  removed: Node[];
}

export interface ChangeRules {
  /** The scan root (document.body); changes are never lifted above it. */
  boundary: Node;
  /** Our own UI (the one shadow host). */
  isOwn(node: Node): boolean;
  /** Inside a region that is never read (editable, script, hidden...). */
  isSkipped(node: Node): boolean;
  isBlock?: (element: Element) => boolean | undefined;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isBlockElement(node: Node, rules: ChangeRules): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return rules.isBlock?.(element) ?? isBlockTag(element);
}

const WHITESPACE_ONLY = /^\s*$/;

/**
 * Whitespace between blocks (the "\n" between <p>s that templates and insertAdjacentHTML produce) joins
 * nothing; treating it as inline content would rescan the whole container, e.g. a feed, on every append.
 * Next to inline content it can split or join words, so there it counts.
 */
function isInertWhitespace(node: Node, rules: ChangeRules, previous: Node | null, next: Node | null): boolean {
  if (node.nodeType !== TEXT_NODE || !WHITESPACE_ONLY.test((node as Text).data)) return false;
  const inert = (sibling: Node | null) => sibling === null || isBlockElement(sibling, rules) || (sibling.nodeType !== TEXT_NODE && sibling.nodeType !== ELEMENT_NODE);
  return inert(previous) && inert(next);
}

export function collectChanges(records: Iterable<MutationRecord>, rules: ChangeRules): ChangeSet {
  const roots = new Set<Node>();
  const removed: Node[] = [];
  const options = rules.isBlock ? { isBlock: rules.isBlock } : {};
  const blockOf = (node: Node) => blockRootFor(node, rules.boundary, options);

  for (const record of records) {
    const target = record.target;
    if (rules.isOwn(target)) continue;
    if (record.type === 'characterData') {
      if (!rules.isSkipped(target)) roots.add(blockOf(target));
      continue;
    }
    if (record.type !== 'childList') continue;
    if (rules.isSkipped(target)) continue;
    for (const node of record.addedNodes) {
      if (rules.isOwn(node) || (node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE)) continue;
      if (rules.isSkipped(node)) continue;
      if (isInertWhitespace(node, rules, node.previousSibling, node.nextSibling)) continue;
      // A new block is a subtree of its own; new inline content changes the block it joined.
      roots.add(isBlockElement(node, rules) ? node : blockOf(target));
    }
    for (const node of record.removedNodes) {
      if (rules.isOwn(node)) continue;
      if (isInertWhitespace(node, rules, record.previousSibling, record.nextSibling)) continue;
      removed.push(node);
      // Removing inline content can join or split words of the block that remains.
      if (!isBlockElement(node, rules)) roots.add(blockOf(target));
    }
  }
  const connected = [...roots].filter((root) => root.isConnected);
  return { roots: outermostRoots(connected), removed };
}

/** Every text node under `root`, shadow roots included (their text is extracted in place of the host's). */
export function textNodesIn(root: Node): Text[] {
  const nodes: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      nodes.push(node as Text);
      continue;
    }
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return nodes;
}

/** True when `node` is `ancestor` or inside it, across shadow boundaries. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at !== null; at = composedParent(at)) if (at === ancestor) return true;
  return false;
}
