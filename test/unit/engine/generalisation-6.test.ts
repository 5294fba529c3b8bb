import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 6, after the fifth blind set: policy phrases that name regions or ownership count only where an AI
 * service or an ownership rule is in view, not wherever China is; a surname inside a longer
 * transliterated name is someone else, and a city is no support for a person; a second reference to a
 * person needs the full name on the page; names written apart, one-word sourcemaps, 百分之五十 and Cantonese.
 * Every text here is new (none from an evaluation set).
 */

describe('detect (region and ownership phrases need an AI service or an ownership rule)', () => {
  it.each([
    ['The roaming pass works in 60 supported countries, and mainland China was added this spring.'],
    ['Our concert tour skips unsupported regions; China dates will follow next year.'],
    ['The port authority said the rules cover any vessel majority-owned by Chinese shipping groups.'],
    ['地图应用提示：该路线经过不支持的地区，中国境内导航暂不可用。'],
    ['Why can I not subscribe? The game is sold only in supported countries.'],
    ['The city will tighten parking rules near the harbour for national security events with China, officials said.'],
  ])('should find no policy phrase in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('policy:'))).toEqual([]);
  });

  it.each([
    ['Claude is unavailable in unsupported regions such as China.', 'policy:unsupported regions'],
    ['The chatbot cannot be used in unsupported regions, including China and Russia.', 'policy:unsupported regions'],
    ['Firms majority-owned by companies in unsupported regions such as China are excluded from the AI service.', 'policy:unsupported regions'],
    ['Anthropic will stop selling to companies majority-owned by Chinese entities.', 'policy:majority-owned'],
    // Tightening is a restriction too.
    ['Anthropic 首席执行官达里奥·阿莫迪多次谈到国家安全，主张对中国收紧芯片出口。', 'policy:国家安全'],
    ['Dario Amodei keeps citing national security as he urges Washington to tighten chip sales to China.', 'policy:national security'],
    ['Anthropic 禁止中资持股超过百分之五十的企业使用 Claude。', 'policy:百分之五十'],
    ['Anthropic 嘅 Claude 喺香港係唔支援嘅地區，要用都要搵方法。', 'policy:唔支援嘅地區'],
    // A name and a region phrase in one sentence settle each other, as a reader of a help page sees.
    ['Why can I not subscribe? Claude is sold only in supported countries.', 'policy:supported countries'],
    ['Why can I not subscribe? Claude is sold only in supported countries.', 'anthropic:Claude'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (people: longer names, weak support, second references)', () => {
  it.each([
    ['歌手阿莫迪娜本周在上海举办演唱会，门票已经售罄。', 'dario-amodei:阿莫迪'],
    ['建筑师阿莫迪尼设计的新公司总部在杭州落成。', 'dario-amodei:阿莫迪'],
    ['The Ruiwang hardware catalogue lists 200 kinds of hinges.', 'zhang-ruiwang:Ruiwang'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic 首席执行官阿莫迪说，公司不会向中国出售 Claude。', 'dario-amodei:阿莫迪'],
    ['阿莫迪在达沃斯谈到芯片出口管制。', 'dario-amodei:阿莫迪'],
    ['Zhang Ruiwang, an IT architect in Beijing, read the leaked code. Ruiwang called it a treasure.', 'zhang-ruiwang:Ruiwang'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (other ways of writing names and files)', () => {
  it.each([
    ['Deep Seek released a new reasoning model on Monday.', 'deepseek:Deep Seek'],
    ['Anthropic shipped a sourcemap inside the Claude Code npm package, exposing its source.', 'leak:sourcemap'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['We deep seek the truth in every story, the editor wrote.'],
  ])('should find no DeepSeek in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('deepseek:'))).toEqual([]);
  });
});
