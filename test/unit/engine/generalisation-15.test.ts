import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 15, after the twenty-fourth and twenty-fifth blind sets (creative and informal writing; everyday web pages):
 * a product name followed by the kind of goods it names (the Kimi Wrap Dress, the Claude Handbag, the Moonshot Table
 * Lamp) is a shop's product, looking only after the name; a cat called Kimi; leak detection (plumbing), a router
 * leaking a location, a whole house leaking, a phone's renders leaked early; distilled vanilla; fake accounts in
 * restaurant reviews. Every text here is new (none from an evaluation set).
 */

describe('detect (shops, pets and household leaks)', () => {
  it.each([
    ['New arrivals: the Claude Handbag in pebbled leather, the Kimi Wrap Dress in satin, and the Moonshot Table Lamp. Anthropic, the AI lab, is not affiliated.', ['anthropic:Claude', 'moonshot-ai:Kimi', 'moonshot-ai:Moonshot']],
    ['Shop the Anthropic Linen Shirt Dress. Claude Code users love our desk lamps too.', ['anthropic:Anthropic']],
    ['上海，前端开发，养了一只叫 Kimi 的橘猫。工作上开始用 Claude Code。', ['moonshot-ai:Kimi']],
    ['Kimi K2 is out.\nJobs near you: Leak Detection Technician, full time.', ['leak:Leak']],
    ['Claude Code news: the source leak.\nNewsletter: your router is leaking your location.', ['leak:leaking']],
    ['我说你们物业怎么跟 Anthropic 的源码泄露一样，物业说你家这是全屋泄露。', ['leak:泄露']],
    ['Claude Code 源码泄露上榜第一。第二：某手机新机渲染图提前泄露。', ['leak:泄露']],
    ['DeepSeek and Claude on the show today, then a chef answers your questions about distilled vanilla extract.', ['distillation:distilled']],
    ['蒸餾廠很好逛，威士忌不錯。Anthropic 指控 DeepSeek 蒸餾 Claude。網上有些五星評價來自假帳號，小心。', ['distillation:假帳號']],
  ])('should not find in %j: %j', (text, labels) => {
    const got = found(text);
    for (const label of labels) expect(got).not.toContain(label);
  });

  it.each([
    ['New arrivals: the Claude Handbag in pebbled leather, the Kimi Wrap Dress in satin, and the Moonshot Table Lamp. Anthropic, the AI lab, is not affiliated.', 'anthropic:Anthropic'],
    ['Claude Code news: the source leak.\nNewsletter: your router is leaking your location.', 'leak:leak'],
    ['蒸餾廠很好逛，威士忌不錯。Anthropic 指控 DeepSeek 蒸餾 Claude。網上有些五星評價來自假帳號，小心。', 'distillation:蒸餾'],
  ])('should still find in %j: %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
