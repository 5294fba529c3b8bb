import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 11, after the fifteenth blind set (the story's nearest neighbours): leaked system prompts, Sora access,
 * an exposed database's logs and contaminated benchmarks are other incidents on a page about the Claude Code
 * leak; a firm banning its own staff from an app is no restriction on China; a second "Shou" followed by another
 * capitalised name is someone else. Every text here is new (none from an evaluation set).
 */

const leaks = (text: string) => found(text).filter((label) => label.startsWith('leak:'));

describe('detect (other incidents on a page about the leak)', () => {
  it.each([
    ['Anthropic’s source code leak was a packaging error.\n\nOlder cases: Bing’s system prompt leaked within a week of launch.', 'leak:leaked'],
    ['Anthropic 的源码泄露是打包失误。\n\n另一类事件：系统提示词泄露多半靠越狱套话。', 'leak:泄露'],
    ['Anthropic’s source code leak was a packaging error.\n\nWiz said an exposed DeepSeek database leaked log streams and chat history.', 'leak:leaked'],
    ['Anthropic’s Claude Code source leak was an accident.\n\nSeparately, some benchmark questions may have leaked into web data, the Claude system card notes on contamination.', 'leak:leaked'],
  ])('should count only the story’s leak in %j', (text, other) => {
    expect(leaks(text)).not.toContain(other);
    expect(leaks(text).length).toBeGreaterThan(0);
  });
});

describe('detect (staff bans and other people called Shou)', () => {
  it.each([
    ['微软禁止员工使用 DeepSeek 的应用，Anthropic 未置评。', 'policy:'],
    ['Microsoft bars employees from using the DeepSeek app, a company spokesperson said.', 'policy:'],
  ])('should find no policy in %j', (text, prefix) => {
    expect(found(text).filter((label) => label.startsWith(prefix))).toEqual([]);
  });

  it('should not take another Shou for Chaofan Shou after his full name', () => {
    expect(found('Chaofan Shou found the source map. A different researcher, Shou Zhiyuan, studies compilers.').filter((l) => l === 'shou-chaofan:Shou')).toEqual([]);
  });

  it('should still find Shou alone as a second reference', () => {
    expect(found('Chaofan Shou found the source map. Shou posted it on X within minutes.')).toContain('shou-chaofan:Shou');
  });
});

describe('detect (captions, other V3s and R1s, phone leaks, 支援國家及地區)', () => {
  it.each([
    ['Claude Code demo is up, but the video has no CC, please add closed captions.', 'anthropic:CC'],
    ['DeepSeek shipped a new model; my weekend went into Uniswap V3 liquidity pools instead.', 'deepseek:V3'],
    ['DeepSeek-R1 is great; I study at an R1 research university.', 'deepseek:R1'],
    ['Claude Code news aside, this week in leaks: Pixel 11 renders from a known leaker.', 'leak:leaks'],
  ])('should not find %j as %s', (text, label) => {
    // The full names (DeepSeek, DeepSeek-R1, Claude Code) still count; the look-alike does not.
    expect(found(text)).not.toContain(label);
  });

  it('should find the supported-regions list written without 的 (Cantonese page)', () => {
    expect(found('Anthropic 嘅支援國家及地區名單一直冇香港同中國內地。')).toContain('policy:支援國家及地區');
  });
});

describe('detect (policy, second round: noun adjuncts, majority stakes, workplace bans, investors barred)', () => {
  it.each([
    ['Analysts expect Anthropic’s China restrictions to stay in place through 2027.', 'policy:restrictions'],
    ['Anthropic 的规定：由中国实体持有过半股权的企业不得使用 Claude。', 'policy:过半股权'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['China’s restrictions on rare-earth exports tightened again; Anthropic was not involved.', 'policy:restrictions'],
    ['本行即日起禁止在办公终端安装或使用 Claude Code、Kimi 等工具。', 'policy:禁止'],
    ['The Treasury rule bars Americans from investing in Chinese AI firms used for surveillance; DeepSeek was not named.', 'policy:bars'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});
