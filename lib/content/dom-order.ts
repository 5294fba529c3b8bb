/**
 * Document order across open shadow roots. Node.compareDocumentPosition only orders nodes of one tree,
 * so each node is lifted to its chain of shadow hosts and the chains are compared level by level, the
 * way the page renders them (a host's shadow content sits where the host is).
 */

const DOCUMENT_FRAGMENT_NODE = 11;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** [outermost host, …, node]: the node and the hosts of the shadow trees it lives in. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root.nodeType === DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.unshift(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Negative when `a` comes first, positive when `b` does, 0 for the same node. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let level = 0; ; level++) {
    const x = chainA[level];
    const y = chainB[level];
    // One chain ended: it is a host whose shadow content holds the other node, and comes first.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & CONTAINED_BY) return -1;
    return position & FOLLOWING ? -1 : 1;
  }
}
