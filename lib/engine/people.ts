import { casedStartsWith, type FoldedText } from '../text/normalize';
import type { Candidate } from './scan';

/**
 * Who a name refers to, as a reader follows it down the page. A name that a cue showed to be someone's
 * ("our intern Claude", "Rep. Mark Amodei", "马克·阿莫迪") is that person's again in its block. A person of the
 * story's name stays the other person in later blocks too, until the story's person is named in full again
 * ("Dario Amodei"): the latest introduction wins, as in a news story about two people called Amodei.
 */
export class PeopleOnPage {
  /** "<block>:<name>" of names shown to be someone else's. */
  readonly #inBlock = new Set<string>();
  /** A person-entity name → where it was introduced as someone else's (folded offsets). */
  readonly #others = new Map<string, number[]>();
  /** A person entity → where its own full name stands. */
  readonly #fullNames = new Map<string, number[]>();
  /** Names of products that the page showed to be someone's somewhere ("Claude Okonjo", "our intern Kimi"). */
  readonly #onPage = new Set<string>();

  constructor(
    private readonly lower: string,
    private readonly folded: FoldedText,
  ) {}

  /** A name that a cue showed to be someone's; `inBlock`: the same name is theirs in the rest of its block too. */
  introduce(candidate: Candidate, inBlock = true): void {
    const name = this.#name(candidate);
    if (inBlock) this.#inBlock.add(`${candidate.block}:${name}`);
    if (candidate.term.category === 'person') push(this.#others, name, candidate.start);
    else this.#onPage.add(name);
  }

  /** A person entity named by its own, unambiguous full name. */
  anchor(candidate: Candidate): void {
    if (candidate.term.category === 'person') push(this.#fullNames, candidate.term.signal, candidate.start);
  }

  /** Whether the name here is the other person's. */
  someoneElse(candidate: Candidate): boolean {
    if (this.#inBlock.size === 0) return false;
    const name = this.#name(candidate);
    if (this.#inBlock.has(`${candidate.block}:${name}`)) return true;
    if (candidate.term.category !== 'person') return false;
    const introduced = lastBefore(this.#others.get(name), candidate.start);
    return introduced >= 0 && introduced > lastBefore(this.#fullNames.get(candidate.term.signal), candidate.start);
  }

  /**
   * Whether the page has shown a product's name to be someone's (a co-host "Claude Okonjo", a colleague "Kimi（设计）"):
   * there the same name elsewhere is the product only by evidence of its own, not because the page names the story.
   */
  namedOnPage(candidate: Candidate): boolean {
    return this.#onPage.size > 0 && candidate.term.category !== 'person' && this.#onPage.has(this.#name(candidate));
  }

  /**
   * The name as the block's readers tell it apart: its letters, and whether it is typed all in lower case. A person
   * introduced as "Kimi（市场部）" is not the "kimi" someone used to write a report in the next message.
   */
  #name(candidate: Candidate): string {
    const name = this.lower.slice(candidate.start, candidate.end);
    return casedStartsWith(this.folded, name, candidate.start) ? `${name}:lower` : name;
  }
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

/** The last offset in `offsets` before `at`, or -1 (the lists are a few entries long). */
function lastBefore(offsets: readonly number[] | undefined, at: number): number {
  let found = -1;
  for (const value of offsets ?? []) if (value < at && value > found) found = value;
  return found;
}
