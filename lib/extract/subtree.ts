/**
 * Helpers for rescanning only what changed (MutationObserver batches in the content script):
 * which block to re-extract for a changed node, and whether a change happened where nothing is read
 * (an editor, a script, our own UI host). Ancestors are followed across open shadow roots to the host.
 */
import { isBlockTag, isSkippedElement } from './element-rules';
import type { ExtractOptions } from './dom-text';

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent !== null && parent.nodeType === DOCUMENT_FRAGMENT_NODE) {
    return (parent as ShadowRoot).host ?? null;
  }
  return parent;
}

/** True when the node or one of its ancestors is skipped by the rules or rejected by `accept`. */
export function isInSkippedRegion(node: Node, options: ExtractOptions = {}): boolean {
  for (let at: Node | null = node; at !== null; at = composedParent(at)) {
    if (at.nodeType !== ELEMENT_NODE) continue;
    const element = at as Element;
    if (isSkippedElement(element)) return true;
    if (options.accept && !options.accept(element)) return true;
  }
  return false;
}

/**
 * The nearest block element at or above `node` (stopping at `boundary`, e.g. document.body): the
 * smallest subtree whose re-extraction yields whole blocks, since a change inside a paragraph can
 * create or break a mention anywhere in that paragraph.
 */
export function blockRootFor(node: Node, boundary: Node, options: ExtractOptions = {}): Node {
  for (let at: Node | null = node; at !== null && at !== boundary; at = composedParent(at)) {
    if (at.nodeType !== ELEMENT_NODE) continue;
    const element = at as Element;
    if (options.isBlock?.(element) ?? isBlockTag(element)) return element;
  }
  return boundary;
}

/**
 * Drops roots contained in another root of the list (composed tree), so each changed block is
 * extracted once per batch.
 */
export function outermostRoots(roots: Iterable<Node>): Node[] {
  const set = new Set(roots);
  const result: Node[] = [];
  for (const root of set) {
    let covered = false;
    for (let at = composedParent(root); at !== null; at = composedParent(at)) {
      if (set.has(at)) {
        covered = true;
        break;
      }
    }
    if (!covered) result.push(root);
  }
  return result;
}
