import { describe, expect, it } from 'vitest';
import { createDetector, type LexiconSource } from '../../../lib/engine';
import { entityLexiconSchema, topicLexiconSchema } from '../../../lib/engine/lexicon-schema';

/**
 * The rule language on a made-up lexicon, so each mechanism is tested apart from the bundled data:
 * "zeta" is an ambiguous name of the company "deepseek" (supported by "robot", spoiled by "fish"),
 * "omega" another ambiguous name of it, "spill" an ambiguous story word of the topic "leak".
 */
function detector(rule: Record<string, unknown>, topicRule: Record<string, unknown> = { require: [{ label: 'code', any: ['code'] }] }) {
  const source: LexiconSource = {
    entities: [
      {
        id: 'deepseek',
        kind: 'company',
        name: { en: 'Zeta' },
        lexicon: entityLexiconSchema.parse({
          aliases: [
            { text: 'zeta', rule: 'r' },
            { text: 'omega', rule: 'r' },
          ],
          cues: {
            support: ['robot', 'robots'],
            contrary: ['fish', 'fishing'],
            rate: ['per hour'],
            anaphor: ['the firm'],
            second: ['gear'],
            third: ['wheel'],
            intro: ['uncle'],
            role: ['the cook'],
          },
          rules: { r: rule },
        }),
      },
      { id: 'anthropic', kind: 'company', name: { en: 'Acme' }, lexicon: entityLexiconSchema.parse({ aliases: ['Acme'] }) },
    ],
    topics: [
      {
        // Distillation: every lab's name may pair with its words (a leak word pairs with Anthropic's names only).
        id: 'distillation',
        name: { en: 'distillation' },
        lexicon: topicLexiconSchema.parse({ triggers: [{ text: 'spill', rule: 't' }], cues: { code: ['source'] }, rules: { t: topicRule } }),
      },
    ],
  };
  const engine = createDetector(source);
  return (text: string) =>
    engine.detect({ text, blocks: text.split('\n').reduce<Array<{ start: number; end: number }>>((blocks, line) => {
      const start = blocks.length ? blocks[blocks.length - 1]!.end + 1 : 0;
      return [...blocks, { start, end: start + line.length }];
    }, []) }).map((m) => `${m.entity ?? m.category}:${m.text}`);
}

const weighed = { reject: { any: ['contrary'], window: 12 }, require: [{ label: 'robots', any: ['support'], window: 12 }] };

describe('context rules', () => {
  it.each([
    ['robot zeta, then fish', ['deepseek:zeta']],
    ['fish zeta, then robot', []],
    ['fish, then zeta robot', ['deepseek:zeta']],
    ['fish zeta robot', []],
    ['zeta fish robot', []],
  ])('should weigh a contrary cue against the nearest support when reading %j', (text, expected) => {
    expect(detector(weighed)(text)).toEqual(expected);
  });

  it('should rank evidence in the same sentence above nearer evidence across a sentence end', () => {
    expect(detector(weighed)('Some fish; zeta is a robot maker.')).toEqual(['deepseek:zeta']);
    expect(detector(weighed)('Robot; zeta went fishing today.')).toEqual([]);
  });

  it('should reject outright within a rejectNear window whatever the support', () => {
    const rule = { ...weighed, rejectNear: { any: ['rate'], window: 2 } };
    expect(detector(rule)('robot zeta per hour')).toEqual([]);
    expect(detector(rule)('robot zeta grew and grew and grew per hour')).toEqual(['deepseek:zeta']);
  });

  it('should keep a support group to the sentence when its scope says so', () => {
    const rule = { require: [{ label: 'robots', any: ['support'], window: 12, scope: 'sentence' }] };
    expect(detector(rule)('zeta builds robots.')).toEqual(['deepseek:zeta']);
    expect(detector(rule)('Robots. Zeta is here.')).toEqual([]);
  });

  it('should use the document fallback only when a documentWhen anaphor is near', () => {
    const rule = { require: [{ label: 'firm', any: ['support'], window: 6, document: ['entity:anthropic'], documentWhen: ['anaphor'] }] };
    expect(detector(rule)('Acme.\nthe firm said zeta.')).toEqual(['anthropic:Acme', 'deepseek:zeta']);
    expect(detector(rule)('Acme.\nthey said zeta.')).toEqual(['anthropic:Acme']);
    expect(detector(rule)('the firm said zeta.')).toEqual([]);
  });

  it.each([
    ['zeta and omega', ['deepseek:zeta', 'deepseek:omega']],
    ['zeta and zeta', []],
    ['zeta spill', ['deepseek:zeta', 'distillation:spill']],
    ['zeta.\nspill', []],
  ])('should let two undecided words of the story settle each other in %j when their rules allow pairs', (text, expected) => {
    const rule = { pairs: true, require: [{ label: 'robots', any: ['support'] }] };
    const topic = { pairs: true, require: [{ label: 'code', any: ['code'] }] };
    expect(detector(rule, topic)(text)).toEqual(expected);
  });

  it('should reject a term glued to a path, host or identifier when the rule says rejectInCode', () => {
    const rule = { ...weighed, rejectInCode: true };
    expect(detector(rule)('robot repo at zeta-tools')).toEqual([]);
    expect(detector(rule)('robot notes at wiki.zeta')).toEqual([]);
    expect(detector(rule)('robot maker zeta, again')).toEqual(['deepseek:zeta']);
    expect(detector(weighed)('robot repo at zeta-tools')).toEqual(['deepseek:zeta']);
    // A repository path is code whatever the rule (names written as code).
    expect(detector(weighed)('robot repo at team/zeta-tools')).toEqual([]);
  });

  it('should never count a name inside a web address, whatever its rule', () => {
    expect(detector(weighed)('robot docs at https://api.zeta.example/v1')).toEqual([]);
    expect(detector(weighed)('robot docs at www.example.com/zeta/guide')).toEqual([]);
    expect(detector(weighed)('robot docs by zeta at example.com')).toEqual(['deepseek:zeta']);
  });

  it('should read full-width punctuation between a term and Chinese text as the sentence\'s, not code', () => {
    const rule = { ...weighed, rejectInCode: true };
    expect(detector(rule)('robot 标题：zeta 还是别的')).toEqual(['deepseek:zeta']);
    expect(detector(rule)('robot 是 zeta：我觉得')).toEqual(['deepseek:zeta']);
    expect(detector(rule)('robot key:zeta again')).toEqual([]);
    expect(detector(rule)('robot zeta:tools again')).toEqual([]);
  });

  it('should read a lower-case name in a capitalised sentence as a name only where the lines around it are casual', () => {
    const rule = { rejectLowercase: true, require: [{ label: 'robots', any: ['support'], window: 12 }] };
    expect(detector(rule)('We build robots.\nThen zeta came along with robots.\nIt was fine.')).toEqual([]);
    expect(detector(rule)('lol robots\nok\nThen zeta came along with robots.')).toEqual(['deepseek:zeta']);
  });

  it('should pair two names under one rule only with a word under another rule when pairsAcrossRulesOnly is set', () => {
    const rule = { pairs: true, pairsAcrossRulesOnly: true, require: [{ label: 'robots', any: ['support'] }] };
    const topic = { pairs: true, require: [{ label: 'code', any: ['code'] }] };
    expect(detector(rule, topic)('zeta and omega')).toEqual([]);
    expect(detector(rule, topic)('zeta and omega spill')).toEqual(['deepseek:zeta', 'deepseek:omega', 'distillation:spill']);
  });

  it('should not pair words whose rules do not allow it', () => {
    expect(detector({ require: [{ label: 'robots', any: ['support'] }] })('zeta and omega')).toEqual([]);
  });

  it('should not pair across a contrary cue nearer than the partner', () => {
    const rule = { pairs: true, ...weighed };
    expect(detector(rule)('zeta fish fish omega')).toEqual([]);
  });
});

describe('context rules (alternatives and people)', () => {
  const alternatives = {
    require: [{ label: 'robots', any: ['support'], window: 4 }],
    otherwise: [[{ label: 'gear', any: ['second'], window: 4 }, { label: 'wheel', any: ['third'], window: 4 }]],
  };

  it.each([
    ['zeta robot', ['deepseek:zeta']],
    ['gear zeta wheel', ['deepseek:zeta']],
    ['gear zeta', []],
    ['zeta wheel', []],
  ])('should accept %j only when require or every group of one otherwise list holds', (text, expected) => {
    expect(detector(alternatives)(text)).toEqual(expected);
  });

  it('should still weigh a contrary cue against the support an alternative found', () => {
    const rule = { ...alternatives, reject: { any: ['contrary'], window: 12 } };
    expect(detector(rule)('gear zeta wheel, fish far away')).toEqual(['deepseek:zeta']);
    expect(detector(rule)('gear fish zeta wheel')).toEqual([]);
  });

  it.each([
    ['my uncle zeta builds robots', []],
    ['zeta the cook builds robots', []],
    ['my uncle zeta came. zeta builds robots.', []],
    ['my uncle zeta came.\nzeta builds robots.', ['deepseek:zeta']],
    ['my uncle zeta came with omega robots.', ['deepseek:omega']],
  ])('should take %j as a person where a person cue touches the name, for its whole block', (text, expected) => {
    const rule = { require: [{ label: 'robots', any: ['support'], window: 12 }], person: { before: ['intro'], after: ['role'] } };
    expect(detector(rule)(text)).toEqual(expected);
  });
});

describe('context rules (a cue inside the term)', () => {
  // Han text has no word boundaries: a contrary cue (假账, cooked books) can lie inside the term itself (虚假账户).
  const engine = createDetector({
    entities: [],
    topics: [
      {
        id: 'distillation',
        name: { en: 'distillation' },
        lexicon: topicLexiconSchema.parse({
          triggers: [{ text: '虚假账户', rule: 't' }],
          cues: { support: ['蒸馏'], contrary: ['假账', '审计'] },
          rules: { t: { reject: { any: ['contrary'], window: 8 }, rejectNear: { any: ['contrary'], window: 2 }, require: [{ label: 'campaign', any: ['support'], window: 12 }] } },
        }),
      },
    ],
  });
  const found = (text: string) => engine.detect({ text, blocks: [{ start: 0, end: text.length }] }).map((m) => m.text);

  it('should not weigh or reject a term against a cue that lies inside it', () => {
    expect(found('他们用两万个虚假账户蒸馏模型')).toEqual(['虚假账户']);
  });

  it('should still reject the term for a contrary cue beside it', () => {
    expect(found('审计发现虚假账户，与蒸馏无关')).toEqual([]);
  });
});
