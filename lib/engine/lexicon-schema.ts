import { z } from 'zod';

/**
 * The `lexicon` of an entity or topic: what the engine looks for and when an ambiguous word counts.
 *
 * - A **term** is a phrase as written (folded like page text: case, full width, Traditional → Simplified,
 *   curly apostrophes, any run of spaces). A plain string is unambiguous: it always counts.
 *   An object can ask for a letter case, name a context **rule** of the same lexicon, and give a
 *   **suffix** pattern that extends the span over a model version ("DeepSeek" + "-R1").
 * - **cues** are named lists of context phrases; names are shared by all lexicons, so one list
 *   ("ai", "china") serves every rule. A phrase ending in "*" also matches longer words ("accus*").
 * - A **rule** decides an ambiguous term from its context. A reference to context is a cue-list name,
 *   `entity:<id>` / `topic:<id>` (an accepted mention of it), or `entity:*` / `topic:*` (any).
 *   Each occurrence is decided on its own nearest evidence. It is rejected outright when a
 *   `rejectBefore` / `rejectAfter` cue touches it, a `reject` cue contains it ("memory leak",
 *   "《月之暗面》"; not when a `keptBy` cue follows it: "a Moonshot spokesperson"), a `rejectNear`
 *   cue is within its (short) window, or (rejectNextCapitalized) the next word is capitalised — a
 *   surname, as in "Claude Monet" — unless it is an `except` cue, or
 *   (rejectPrevName) another given name stands before a surname ("Mark Amodei"). A `reject`
 *   cue elsewhere in the block within the window is weighed: it rejects unless some supporting hit
 *   in the same block is nearer. Then every `require` group must hold: one of its cues within
 *   `window` words (a Han character counts half a word; `scope` may keep it to the sentence or
 *   block), or one of its `document` references anywhere in the document. With `pairs`, two
 *   different names of the entity that are both still undecided and near each other support each other.
 *   When `require` fails, each `otherwise` list of groups is tried in turn. `person` cues touching a
 *   name mark it as someone's first name, for the whole block.
 */

const phrase = z.string().trim().min(1).max(80);
const NAME = /^[a-z][a-z0-9-]*$/;
const contextRef = z
  .string()
  .regex(/^(?:(?:entity|topic):(?:\*|[a-z][a-z0-9-]*)|[a-z][a-z0-9-]*)$/, 'expected a cue name, entity:<id> or topic:<id>');
// 0: right beside the term, no word between ("this ban"); 1 lets one word in ("其销售限制").
const windowWords = z.number().int().min(0).max(80);

export const requireGroupSchema = z
  .object({
    /** Shown in the reason ("company context"). */
    label: z.string().min(1).max(40),
    any: z.array(contextRef).min(1),
    window: windowWords.optional(),
    /** References that satisfy this group from anywhere in the document (entity:/topic: only). */
    document: z.array(contextRef.regex(/^(?:entity|topic):/, 'document references are entity:… or topic:…')).optional(),
    /**
     * The document references count only when one of these cues is within the window: an anaphor
     * ("the company", "该公司") that points back to a name written elsewhere on the page.
     */
    documentWhen: z.array(contextRef).optional(),
    /** Hits count only in the term's own sentence or block (default: anywhere within the window). */
    scope: z.enum(['sentence', 'block']).optional(),
    /** Only hits before the term count: what the text has just been talking about. */
    before: z.boolean().optional(),
    /** Only hits after the term count: what the term is called right after it ("the source map incident"). */
    after: z.boolean().optional(),
    /**
     * The document references also hold on a page mostly about other things that names two or more of the
     * four companies by their own words (an AI news digest, a leaderboard): there a company's name is the company.
     */
    aiPage: z.boolean().optional(),
    /**
     * The same, only for a term in a casual thread (its messages mostly start in lower case: chats, comments): people
     * there write a company's name the way they type it, and the other companies on the page say what it names.
     */
    aiThread: z.boolean().optional(),
    /** The document references hold only for a term in a casual thread (a word with a common sense elsewhere). */
    threadOnly: z.boolean().optional(),
    /**
     * The group does not hold when one of these cues comes right after the term: the term has its own object
     * there ("the ban on e-scooters"), so it does not point back to the one named earlier; unless one of the
     * `ours` cues is within `window` words after the term (the object is the story's: "restrictions on sales to
     * unsupported regions").
     */
    notRightBefore: z
      .object({ any: z.array(contextRef).min(1), ours: z.array(contextRef).optional(), window: z.number().int().min(1).max(12).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type RequireGroup = z.infer<typeof requireGroupSchema>;

/** A contrary cue right by the term (at most `window` words away) rejects it outright. */
const rejectNearSchema = z
  .object({
    any: z.array(contextRef).min(1),
    window: z.number().int().min(1).max(6),
    /**
     * Cues that, a few words before the contrary hit, take it back: "no credentials were leaked" is the
     * story's own statement, "credentials were leaked" another incident.
     */
    unless: z.array(contextRef).optional(),
    /** Only cues after the term count ("the Kimi Wrap Dress"): the same word before it belongs to something else ("…Lamp. Kimi"). */
    after: z.boolean().optional(),
    /**
     * Only cues in the term's own phrase count: not past "and", "or", 和 or a comma ("the Claude Code leak and a memory
     * leak": the memory is the other leak's).
     */
    sameClause: z.boolean().optional(),
    /** Only cues in the term's own sentence count (a comma may stand between: "drones, citing national security"). */
    sameSentence: z.boolean().optional(),
  })
  .strict();

export const contextRuleSchema = z
  .object({
    require: z.array(requireGroupSchema).optional(),
    /**
     * Other ways to be supported, tried in order when `require` does not hold: each is a list of groups
     * that must all hold ("restrictions" counts with China as the object and the firm near it, or
     * beside another policy phrase of its sentence).
     */
    otherwise: z.array(z.array(requireGroupSchema).min(1)).optional(),
    /**
     * Cues that introduce a person when they touch the name ("our intern Claude", "Claude the intern",
     * "同事 Claude"): the occurrence is rejected whatever the context, and so is every other undecided
     * occurrence of the same name in that block, which a reader takes as the same person.
     */
    person: z
      .object({
        before: z.array(contextRef).optional(),
        after: z.array(contextRef).optional(),
        /** Cues right by another occurrence that name the product again ("智能助手Kimi"): that one is spared. */
        product: z.array(contextRef).optional(),
        /**
         * Cues a few words after another occurrence, in its sentence, that answer as a thing ("I asked Claude and it says
         * yes"): a person is "he" or "she", so that one is spared too.
         */
        productAfter: z.object({ any: z.array(contextRef).min(1), window: z.number().int().positive() }).strict().optional(),
        /**
         * People and pets a naming verb gives the name to, a few words before it ("my manager is called Claude", "男友叫
         * Kimi", "同事英文名就叫 Kimi"): the name is theirs, as with `before`.
         */
        named: z.array(contextRef).optional(),
        /**
         * Head nouns of an appositive that makes the name someone's ("Claude, a retired cooper from Lyon", "Kimi, our
         * head grower"): rejected as `before` is. An age there ("Claude, 67,") does the same without a cue.
         */
        appositive: z.array(contextRef).optional(),
      })
      .strict()
      .optional(),
    /**
     * Cues that, anywhere in the term's block, make the paragraph read on its own (one that teaches
     * the technique: "student", "logits"): support must then be found in the block, never only in
     * the rest of the document.
     */
    localOnly: z.object({ any: z.array(contextRef).min(1) }).strict().optional(),
    /**
     * Written all in lower case inside a sentence of normally cased Latin prose ("gradient of anthropic
     * pressure"), the word is not the name, unless it is glued to code punctuation (@, /, ., _).
     */
    rejectLowercase: z.boolean().optional(),
    /**
     * Cues right after a lower-case name that keep it a name despite `rejectLowercase`: what the company does ("anthropic
     * said", "anthropic still ships", "anthropic's own tool"), which the adjective never does.
     */
    lowercaseNameBefore: z.array(contextRef).optional(),
    /**
     * Glued to code punctuation (a path, host, file or identifier: "ptt.cc", "kestrel/cc-diff", "claude-sonnet-4-5"),
     * a short casual form is part of that name, not the abbreviation.
     */
    rejectInCode: z.boolean().optional(),
    /** Right after a number ("9.8 mm", "45 m2"), a short form is a unit of measure, not the name. */
    rejectAfterNumber: z.boolean().optional(),
    /**
     * Written with a hyphen ("source-map"), the phrase is a compound modifier or a config value ("source-map hygiene",
     * devtool: 'source-map'), unless one of these cues follows it ("a source-map file").
     */
    hyphenatedKeptBy: z.array(contextRef).optional(),
    /**
     * Right before a stretch of time or text ("distilled thirty years of reporting", "distils decades of case law into
     * one test"), or the few units it is boiled down to ("the pitch, distilled to two slides"), a verb boils down
     * someone's experience or message: a figure of speech, not the technique. So is a craft carried on for years with no
     * object ("have been distilling for 500 years").
     */
    rejectBeforeStretchOf: z.boolean().optional(),
    /**
     * A chat line's speaker label ("炒饭哥：去去去", "[12:01] 炒饭哥: 走"): a member of that chat called so, not the person of
     * the story, who does not post in strangers' group chats.
     */
    rejectChatSpeaker: z.boolean().optional(),
    /** After a code's prefix and its hyphen ("DP-V3-BLK", "DEV-K2", "ST-R1"), a model code is part of another code. */
    rejectCodePrefix: z.boolean().optional(),
    /**
     * A capitalised possessive owns the phrase ("Twitch's 2021 source code leak", "Samsung's leak"):
     * it is someone else's, unless one of the `except` cues (the story's own names) is that owner.
     */
    rejectOtherOwner: z.object({ except: z.array(contextRef) }).strict().optional(),
    reject: z
      .object({
        any: z.array(contextRef).min(1),
        window: windowWords.optional(),
        /**
         * Cues right after the term that keep it a name although a reject cue contains it: in "a Moonshot spokesperson"
         * the article's "a moonshot" is the company's. Support must still hold.
         */
        keptBy: z.array(contextRef).optional(),
      })
      .strict()
      .optional(),
    /** One group, or several with their own windows and exceptions. */
    rejectNear: z.union([rejectNearSchema, z.array(rejectNearSchema).min(1)]).optional(),
    /** Two different ambiguous names of the same entity near each other support each other ("月之暗面…Kimi"). */
    pairs: z.boolean().optional(),
    /**
     * With `pairs`: two names under this same rule do not settle each other, only a name under another rule
     * does. Tier names are also poem forms ("a sonnet, a haiku or a longer opus"); "save opus for planning,
     * that's what anthropic suggests" pairs.
     */
    pairsAcrossRulesOnly: z.boolean().optional(),
    /**
     * With `pairs`: only where Chinese text stands around the name. A chat typed in Chinese writes the labs' short
     * forms in Latin letters ("ds 的 v3", "用 k2 顶一下，月暗的接口"); in English the same letters are a course, a
     * design system or a round ("ds midterm", "r1 is trees and heaps").
     */
    pairsInChineseOnly: z.boolean().optional(),
    /**
     * With `pairs`: only another name of the same entity settles it, never a story word. A lower-case "minimax" beside
     * "m2" is the lab ("has anyone tried m2? minimax keeps saying…"); beside "leaking" it is still the algorithm of a
     * robot's video chapters.
     */
    pairsWithNamesOnly: z.boolean().optional(),
    rejectBefore: z.array(contextRef).optional(),
    rejectAfter: z.array(contextRef).optional(),
    rejectNextCapitalized: z.object({ except: z.array(contextRef) }).strict().optional(),
    /**
     * A surname after another given name is another person ("Mark Amodei", "马克·阿莫迪"): rejected
     * when a capitalised word stands right before it inside a sentence, or a name joined by "·",
     * unless that word is an `except` cue (the entity's own given name, "CEO"-like roles).
     */
    rejectPrevName: z.object({ except: z.array(contextRef) }).strict().optional(),
  })
  .strict();
export type ContextRule = z.infer<typeof contextRuleSchema>;

const suffixPattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'y');
    return true;
  } catch {
    return false;
  }
}, 'suffix pattern must be a valid regular expression');

export const termSchema = z.union([
  phrase,
  z
    .object({
      text: phrase,
      /** exact: written exactly so ("MiniMax"); capitalized: first letter upper case. */
      case: z.enum(['any', 'exact', 'capitalized']).optional(),
      rule: z.string().regex(NAME).optional(),
      /** Run (sticky, on at most 32 folded characters) right after the term; a hit extends the span. */
      suffix: suffixPattern.optional(),
      /** A suffix hit makes the term unambiguous ("Claude 3.7 Sonnet"). */
      suffixDecides: z.boolean().optional(),
      /**
       * A verb that, capitalised inside a sentence of normally cased prose, is a name rather than the verb
       * ("Distil Networks", the journal "Distill"): rejected there.
       */
      nameWhenCapitalized: z.boolean().optional(),
    })
    .strict(),
]);
export type Term = z.infer<typeof termSchema>;

const shared = {
  cues: z.record(z.string().regex(NAME), z.array(phrase).min(1)).optional(),
  rules: z.record(z.string().regex(NAME), contextRuleSchema).optional(),
};

function checkRuleNames(
  lexicon: { rules?: Record<string, unknown> | undefined },
  lists: Array<[string, Term[] | undefined]>,
  ctx: z.RefinementCtx,
): void {
  for (const [field, terms] of lists) {
    terms?.forEach((term, index) => {
      if (typeof term !== 'string' && term.rule && !lexicon.rules?.[term.rule]) {
        ctx.addIssue({ code: 'custom', path: [field, index, 'rule'], message: `unknown rule "${term.rule}" for "${term.text}"` });
      }
    });
  }
}

export const entityLexiconSchema = z
  .object({
    aliases: z.array(termSchema).min(1),
    /** Products and models that count as a mention of their maker. */
    products: z.array(termSchema).optional(),
    ...shared,
  })
  .strict()
  .superRefine((lexicon, ctx) =>
    checkRuleNames(lexicon, [['aliases', lexicon.aliases], ['products', lexicon.products]], ctx),
  );
export type EntityLexicon = z.infer<typeof entityLexiconSchema>;

export const topicLexiconSchema = z
  .object({
    triggers: z.array(termSchema).min(1),
    ...shared,
  })
  .strict()
  .superRefine((lexicon, ctx) => checkRuleNames(lexicon, [['triggers', lexicon.triggers]], ctx));
export type TopicLexicon = z.infer<typeof topicLexiconSchema>;
