import type { Category, EntityId, TopicId } from '../types';
import { foldPhrase, foldPhraseCased } from '../text/normalize';
import { isWordUnit } from '../text/word-chars';
import { buildAutomaton, type Automaton } from './aho-corasick';
import type { ContextRule, EntityLexicon, RequireGroup, Term, TopicLexicon } from './lexicon-schema';

/** Words of Latin letters or digits joined by single spaces: the phrases that have a hyphenated form. */
const LATIN_PHRASE = /^[a-z0-9%]+(?: [a-z0-9%]+)+$/;

/** What createDetector needs from the dataset: entities and topics with their lexicons. */
export interface LexiconSource {
  entities: ReadonlyArray<{ id: EntityId; kind: 'company' | 'person'; name: { en: string }; lexicon: EntityLexicon }>;
  topics: ReadonlyArray<{ id: TopicId; name: { en: string }; lexicon: TopicLexicon }>;
}

/** A signal is an accepted mention of an entity or topic ("entity:deepseek", "topic:*"). */
export type SignalKey = string;

/** A context reference, resolved: either a cue list (by index) or a signal key. */
export type Ref = { cue: number; name: string } | { signal: SignalKey };

// How far after a term its own object may name the story ("restrictions on sales to unsupported regions").
const OBJECT_WINDOW = 6;

export interface CompiledGroup {
  label: string;
  refs: Ref[];
  window: number;
  document: SignalKey[];
  documentWhen: Ref[];
  scope: 'any' | 'sentence' | 'block';
  before: boolean;
  after: boolean;
  aiPage: boolean;
  aiThread: boolean;
  threadOnly: boolean;
  /** Cues that give the term its own object right after it, and those that make that object the story's. */
  notRightBefore: { refs: Ref[]; ours: Ref[]; window: number } | null;
}

export interface CompiledRule {
  name: string;
  require: CompiledGroup[];
  /** Alternatives to `require`, tried in order. */
  otherwise: CompiledGroup[][];
  /** Person-introducing cues touching the name, before and after it. */
  personBefore: Ref[];
  personAfter: Ref[];
  /** Cues that mark another occurrence as the product despite a person of that name. */
  personProduct: Ref[];
  /** Cues a few words after an occurrence that answer as a thing ("and it says"), with their window in words. */
  personProductAfter: { refs: Ref[]; window: number } | null;
  /** People a naming verb gives the name to ("my manager is called Claude"). */
  personNamed: Ref[];
  /** Head nouns of an appositive right after the name that make it a person ("Claude, a retired cooper"). */
  personAppositive: Ref[];
  /** Any of these in the block makes document-level support not count. */
  localOnly: Ref[];
  rejectLowercase: boolean;
  /** Cues right after a lower-case name that keep it a name (what the company does). */
  lowercaseNameBefore: Ref[];
  rejectInCode: boolean;
  rejectAfterNumber: boolean;
  /** Cues after a hyphenated form that keep it; null when the rule reads hyphens as spaces. */
  hyphenatedKeptBy: Ref[] | null;
  rejectBeforeStretchOf: boolean;
  rejectChatSpeaker: boolean;
  rejectCodePrefix: boolean;
  /** Cues naming owners that are the story's own; null when the rule ignores possessive owners. */
  ownOwners: Ref[] | null;
  /** Weighed against the nearest support; a hit containing the term rejects outright. */
  reject: { refs: Ref[]; window: number; keptBy: Ref[] } | null;
  /** Rejects outright within its short window. */
  rejectNear: Array<{ refs: Ref[]; window: number; unless: Ref[]; after: boolean; sameClause: boolean; sameSentence: boolean }>;
  pairs: boolean;
  pairsAcrossRulesOnly: boolean;
  pairsInChineseOnly: boolean;
  pairsWithNamesOnly: boolean;
  rejectBefore: Ref[];
  rejectAfter: Ref[];
  nextCapitalizedExcept: Ref[] | null;
  /** Cues allowed right before a surname; null when the rule ignores the word before it. */
  prevNameExcept: Ref[] | null;
}

export interface CompiledTerm {
  category: Category;
  entity: EntityId | null;
  /** "entity:anthropic" or "topic:leak": the signal an accepted mention emits. */
  signal: SignalKey;
  /** How the reason names it: "alias", "product", or the topic trigger. */
  role: 'alias' | 'product' | 'trigger';
  ownerName: string;
  text: string;
  casedFolded: string;
  caseMode: 'any' | 'exact' | 'capitalized';
  rule: CompiledRule | null;
  suffix: RegExp | null;
  suffixDecides: boolean;
  nameWhenCapitalized: boolean;
  /** Whether each edge is a word character, so it needs a word boundary beside it. */
  leftEdge: boolean;
  rightEdge: boolean;
}

export interface CueRole {
  set: number;
  /** "accus*": may continue into a longer word. */
  prefix: boolean;
  leftEdge: boolean;
  rightEdge: boolean;
}

export interface CompiledLexicon {
  automaton: Automaton;
  /** For each automaton pattern: the terms and cue lists it stands for. */
  patternTerms: CompiledTerm[][];
  patternCues: CueRole[][];
  patternLength: Int32Array;
  cueNames: string[];
}

export const DEFAULT_WINDOW = 12;

export function compileLexicon(source: LexiconSource): CompiledLexicon {
  const cueIndex = new Map<string, number>();
  const cuePhrases: Array<Set<string>> = [];
  const lexicons: Array<{ owner: string; lexicon: EntityLexicon | TopicLexicon }> = [
    ...source.entities.map((e) => ({ owner: e.id, lexicon: e.lexicon })),
    ...source.topics.map((t) => ({ owner: t.id, lexicon: t.lexicon })),
  ];
  for (const { lexicon } of lexicons) {
    for (const [name, phrases] of Object.entries(lexicon.cues ?? {})) {
      let index = cueIndex.get(name);
      if (index === undefined) {
        index = cuePhrases.length;
        cueIndex.set(name, index);
        cuePhrases.push(new Set());
      }
      for (const phrase of phrases) cuePhrases[index]!.add(phrase);
    }
  }
  const entityIds = new Set<string>(source.entities.map((e) => e.id));
  const topicIds = new Set<string>(source.topics.map((t) => t.id));
  const resolveRef = (ref: string, where: string): Ref => {
    const [kind, id] = ref.includes(':') ? (ref.split(':') as [string, string]) : ['', ref];
    if (kind === 'entity' || kind === 'topic') {
      if (id !== '*' && !(kind === 'entity' ? entityIds : topicIds).has(id)) {
        throw new Error(`${where}: unknown ${kind} "${id}"`);
      }
      return { signal: ref };
    }
    const cue = cueIndex.get(ref);
    if (cue === undefined) throw new Error(`${where}: unknown cue list "${ref}"`);
    return { cue, name: ref };
  };
  const compileGroup = (group: RequireGroup, where: string): CompiledGroup => ({
    label: group.label,
    refs: group.any.map((r) => resolveRef(r, where)),
    window: group.window ?? DEFAULT_WINDOW,
    document: (group.document ?? []).map((r) => {
      const resolved = resolveRef(r, where);
      if (!('signal' in resolved)) throw new Error(`${where}: document reference "${r}" must be entity: or topic:`);
      return resolved.signal;
    }),
    documentWhen: (group.documentWhen ?? []).map((r) => resolveRef(r, where)),
    scope: group.scope ?? 'any',
    before: group.before ?? false,
    after: group.after ?? false,
    aiPage: group.aiPage ?? false,
    aiThread: group.aiThread ?? false,
    threadOnly: group.threadOnly ?? false,
    notRightBefore: group.notRightBefore
      ? {
          refs: group.notRightBefore.any.map((r) => resolveRef(r, where)),
          ours: (group.notRightBefore.ours ?? []).map((r) => resolveRef(r, where)),
          window: group.notRightBefore.window ?? OBJECT_WINDOW,
        }
      : null,
  });
  const compileRule = (name: string, rule: ContextRule, where: string): CompiledRule => ({
    name,
    require: (rule.require ?? []).map((group) => compileGroup(group, where)),
    otherwise: (rule.otherwise ?? []).map((groups) => groups.map((group) => compileGroup(group, where))),
    personBefore: (rule.person?.before ?? []).map((r) => resolveRef(r, where)),
    personAfter: (rule.person?.after ?? []).map((r) => resolveRef(r, where)),
    personProduct: (rule.person?.product ?? []).map((r) => resolveRef(r, where)),
    personProductAfter: rule.person?.productAfter
      ? { refs: rule.person.productAfter.any.map((r) => resolveRef(r, where)), window: rule.person.productAfter.window }
      : null,
    personNamed: (rule.person?.named ?? []).map((r) => resolveRef(r, where)),
    personAppositive: (rule.person?.appositive ?? []).map((r) => resolveRef(r, where)),
    localOnly: (rule.localOnly?.any ?? []).map((r) => resolveRef(r, where)),
    rejectLowercase: rule.rejectLowercase ?? false,
    lowercaseNameBefore: (rule.lowercaseNameBefore ?? []).map((r) => resolveRef(r, where)),
    rejectInCode: rule.rejectInCode ?? false,
    rejectAfterNumber: rule.rejectAfterNumber ?? false,
    hyphenatedKeptBy: rule.hyphenatedKeptBy ? rule.hyphenatedKeptBy.map((r) => resolveRef(r, where)) : null,
    rejectBeforeStretchOf: rule.rejectBeforeStretchOf ?? false,
    rejectChatSpeaker: rule.rejectChatSpeaker ?? false,
    rejectCodePrefix: rule.rejectCodePrefix ?? false,
    ownOwners: rule.rejectOtherOwner ? rule.rejectOtherOwner.except.map((r) => resolveRef(r, where)) : null,
    reject: rule.reject
      ? {
          refs: rule.reject.any.map((r) => resolveRef(r, where)),
          window: rule.reject.window ?? DEFAULT_WINDOW,
          keptBy: (rule.reject.keptBy ?? []).map((r) => resolveRef(r, where)),
        }
      : null,
    rejectNear: (rule.rejectNear === undefined ? [] : Array.isArray(rule.rejectNear) ? rule.rejectNear : [rule.rejectNear]).map((group) => ({
      refs: group.any.map((r) => resolveRef(r, where)),
      window: group.window,
      unless: (group.unless ?? []).map((r) => resolveRef(r, where)),
      after: group.after ?? false,
      sameClause: group.sameClause ?? false,
      sameSentence: group.sameSentence ?? false,
    })),
    pairs: rule.pairs ?? false,
    pairsAcrossRulesOnly: rule.pairsAcrossRulesOnly ?? false,
    pairsInChineseOnly: rule.pairsInChineseOnly ?? false,
    pairsWithNamesOnly: rule.pairsWithNamesOnly ?? false,
    rejectBefore: (rule.rejectBefore ?? []).map((r) => resolveRef(r, where)),
    rejectAfter: (rule.rejectAfter ?? []).map((r) => resolveRef(r, where)),
    nextCapitalizedExcept: rule.rejectNextCapitalized
      ? rule.rejectNextCapitalized.except.map((r) => resolveRef(r, where))
      : null,
    prevNameExcept: rule.rejectPrevName ? rule.rejectPrevName.except.map((r) => resolveRef(r, where)) : null,
  });

  const patterns: string[] = [];
  const patternIndex = new Map<string, number>();
  const patternTerms: CompiledTerm[][] = [];
  const patternCues: CueRole[][] = [];
  const patternFor = (folded: string): number => {
    let index = patternIndex.get(folded);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(folded, index);
      patterns.push(folded);
      patternTerms.push([]);
      patternCues.push([]);
    }
    return index;
  };
  const edges = (folded: string) => ({
    leftEdge: isWordUnit(folded.charCodeAt(0)),
    rightEdge: isWordUnit(folded.charCodeAt(folded.length - 1)),
  });

  const addTerms = (
    terms: readonly Term[] | undefined,
    owner: Pick<CompiledTerm, 'category' | 'entity' | 'signal' | 'role' | 'ownerName'>,
    lexicon: EntityLexicon | TopicLexicon,
    where: string,
  ) => {
    const rules = new Map<string, CompiledRule>();
    for (const term of terms ?? []) {
      const spec = typeof term === 'string' ? { text: term } : term;
      const folded = foldPhrase(spec.text);
      if (folded === '') throw new Error(`${where}: term "${spec.text}" is empty once folded`);
      let rule: CompiledRule | null = null;
      if (spec.rule) {
        const body = lexicon.rules?.[spec.rule];
        if (!body) throw new Error(`${where}: unknown rule "${spec.rule}"`);
        rule = rules.get(spec.rule) ?? compileRule(spec.rule, body, `${where} rule "${spec.rule}"`);
        rules.set(spec.rule, rule);
      }
      const compiled: CompiledTerm = {
        ...owner,
        text: spec.text,
        casedFolded: foldPhraseCased(spec.text),
        caseMode: spec.case ?? 'any',
        rule,
        suffix: spec.suffix ? new RegExp(spec.suffix, 'y') : null,
        suffixDecides: spec.suffixDecides ?? false,
        nameWhenCapitalized: spec.nameWhenCapitalized ?? false,
        ...edges(folded),
      };
      patternTerms[patternFor(folded)]!.push(compiled);
      // A topic phrase used before a noun is often hyphenated ("export-control rules", "a supported-regions
      // list", "national-security grounds"): the same term, read the same way.
      const hyphenated = owner.role === 'trigger' && LATIN_PHRASE.test(folded) ? folded.replaceAll(' ', '-') : null;
      if (hyphenated && !triggerTexts.has(hyphenated)) {
        patternTerms[patternFor(hyphenated)]!.push({ ...compiled, casedFolded: compiled.casedFolded.replaceAll(' ', '-') });
      }
    }
  };

  for (const entity of source.entities) {
    const owner = { category: entity.kind, entity: entity.id, signal: `entity:${entity.id}`, ownerName: entity.name.en } as const;
    addTerms(entity.lexicon.aliases, { ...owner, role: 'alias' }, entity.lexicon, `entity "${entity.id}"`);
    addTerms(entity.lexicon.products, { ...owner, role: 'product' }, entity.lexicon, `entity "${entity.id}"`);
  }
  // Triggers as written, so that a phrase listed with its own hyphen ("source-code leak") is not added twice.
  const triggerTexts = new Set(source.topics.flatMap((t) => (t.lexicon.triggers ?? []).map((term) => foldPhrase(typeof term === 'string' ? term : term.text))));
  for (const topic of source.topics) {
    const owner = { category: topic.id, entity: null, signal: `topic:${topic.id}`, role: 'trigger', ownerName: topic.id } as const;
    addTerms(topic.lexicon.triggers, owner, topic.lexicon, `topic "${topic.id}"`);
  }
  cuePhrases.forEach((phrases, set) => {
    for (const phrase of phrases) {
      const prefix = phrase.endsWith('*');
      const folded = foldPhrase(prefix ? phrase.slice(0, -1) : phrase);
      if (folded === '') continue;
      const { leftEdge, rightEdge } = edges(folded);
      patternCues[patternFor(folded)]!.push({ set, prefix, leftEdge, rightEdge: rightEdge && !prefix });
    }
  });

  return {
    automaton: buildAutomaton(patterns),
    patternTerms,
    patternCues,
    patternLength: Int32Array.from(patterns, (p) => p.length),
    cueNames: [...cueIndex.keys()],
  };
}
