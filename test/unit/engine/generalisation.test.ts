import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Classes of error a careful reader does not make, each with new sentences (none from an evaluation
 * set): ambiguous names need evidence about AI or this story, not generic business words; a first
 * name is a person's; plain phrases and titles are not company names; a topic word needs this story;
 * and story words whose support is a sentence or a page away still count.
 */

describe('detect (ambiguous company names need AI or story evidence, not generic company words)', () => {
  it.each([
    ['Moonshot Labs, a Berlin design studio founded in 2019, raised a seed round for its furniture line.', 'moonshot-ai:Moonshot'],
    ['Moonshot 是一家做户外帐篷的杭州小公司，老板说明年要开第二家工厂。', 'moonshot-ai:Moonshot'],
    ['The MiniMax controller keeps the drone stable under worst-case wind gusts.', 'minimax:MiniMax'],
    ['Our MiniMax design bounds the tracking error for every admissible model of the plant.', 'minimax:MiniMax'],
    ['Hotel MiniMax in Lisbon offers rooms from 40 euros.', 'minimax:MiniMax'],
    ['Talkie Toaster is a character in Red Dwarf.', 'minimax:Talkie'],
    ['Kimi ni Todoke is a manga about a shy girl; the benchmark for shoujo romance.', 'moonshot-ai:Kimi'],
    ['The Dark Side of the Moon sold 45 million copies; 月之暗面 is its Chinese title.', 'moonshot-ai:月之暗面'],
  ])('should not find %j as %s when only generic words surround it', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Moonshot 是一家做 AI 大模型的北京公司，产品叫 Kimi。', 'moonshot-ai:Moonshot'],
    ['Moonshot AI released Kimi K2 in July. Moonshot says the model beats GPT-4.1 on coding.', 'moonshot-ai:Moonshot'],
    ['MiniMax, the Shanghai company behind Hailuo, filed for a Hong Kong IPO.', 'minimax:MiniMax'],
    ['MiniMax 旗下的海螺视频生成效果惊艳。', 'minimax:MiniMax'],
    ['MiniMax released its M2 model, an open-weight LLM for agents.', 'minimax:MiniMax'],
    ['Talkie is a popular AI companion app in the US.', 'minimax:Talkie'],
    ['Kimi 的长文本能力很强，是国产大模型里的佼佼者。', 'moonshot-ai:Kimi'],
  ])('should find %j as %s when AI or the story supports it', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (a first name is a person, whatever AI words are near)', () => {
  it.each([
    ['My neighbour Claude fixed our fence; he also uses ChatGPT for his emails.', 'anthropic:Claude', 0],
    ['Our intern Claude wrote the tests, then Claude said he would use an LLM next time.', 'anthropic:Claude', 0],
    ['我同事 Claude 最近迷上了大模型，Claude 说他每天都用 ChatGPT。', 'anthropic:Claude', 0],
    ['Claude the intern asked an AI chatbot for help.', 'anthropic:Claude', 0],
    ['Kimi Räikkönen never used a chatbot; Kimi, the AI assistant from Moonshot AI, did not exist yet.', 'moonshot-ai:Kimi', 1],
    ['My uncle Claude lives in Shanghai and his account was blocked.', 'anthropic:Claude', 0],
    ['Our intern Claude asked Claude Sonnet to fix the tests.', 'anthropic:Claude Sonnet', 1],
    ['一个叫 Claude 的 AI 助手帮我写了代码。', 'anthropic:Claude', 1],
  ])('should find %j with %s %i time(s)', (text, label, times) => {
    expect(found(text).filter((l) => l === label)).toHaveLength(times);
  });

  it('should read the same name in another block afresh', () => {
    const text = 'My colleague Claude joined in May.\n\nClaude, the chatbot from Anthropic, wrote the release notes.';
    expect(found(text)).toEqual(['anthropic:Claude', 'anthropic:Anthropic']);
  });
});

describe('detect (names used in another sense)', () => {
  it.each([
    ['这是一次对真理的深度求索。', 'deepseek:深度求索'],
    ['他把这本小说称作一场关于记忆的深度求索，读来令人动容。', 'deepseek:深度求索'],
    ['The Anthropic Cosmological Principle by Barrow and Tipler is a classic.', 'anthropic:Anthropic'],
    ['Anthropic coincidences puzzle many physicists.', 'anthropic:Anthropic'],
    ['Dario Argento directed Suspiria in 1977.', 'dario-amodei:Dario'],
    ['达里奥在比赛中打进了制胜球。', 'dario-amodei:达里奥'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['深度求索发布了新的推理模型。', 'deepseek:深度求索'],
    ['The company behind Claude, Anthropic, said the leak was a packaging error.', 'anthropic:Anthropic'],
    ['Students searching for anthropic bias now land on pages about Claude’s maker.', 'anthropic:Claude'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (topic words of another story)', () => {
  it.each([
    ['In 2021 the source code of a streaming site leaked, along with its payout data.', 'leak:leaked'],
    ['Engineers at a phone maker leaked confidential source code by pasting it into ChatGPT.', 'leak:leaked'],
    ['Install Leak Lens to see every mention of Claude on a page.', 'leak:Leak'],
    ['Webpack can generate source maps for production bundles if you enable devtool.', 'leak:source maps'],
    ['Anthropic staff say the leaked memo about hiring plans is old.', 'leak:leaked'],
    ['Jean-Claude fixed the leak under the kitchen sink.', 'leak:leak'],
    ['The Great Firewall blocks Claude and ChatGPT, so developers in Shanghai use VPNs.', 'policy:blocks'],
    ['荷兰对ASML光刻机实施出口管制，部分设备需要许可证才能发往中国。', 'policy:出口管制'],
    ["Anthropic's report says an adversarial nation-state actor used Claude in a cyber campaign.", 'policy:adversarial nation'],
    ['此举被视为美国 AI 公司的技术升级，而不是限制。', 'policy:限制'],
    ['In this tutorial we distill a BERT model into a smaller student using PyTorch; OpenAI used a similar trick.', 'distillation:distill'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (story words whose support is a sentence or a page away)', () => {
  it.each([
    ['Anthropic shipped Claude Code 2.1.88 with a debug file inside.\n\nReporters called it the biggest leak of the year.', 'leak:leak'],
    ['Claude Code 2.1.88 的 npm 包里多了一个文件。\n\n两小时后，这次泄露就上了热搜。', 'leak:泄露'],
    ['Chaofan Shou posted the link on X.\n\nWithin a day the leak had thousands of mirrors.', 'leak:leak'],
    ['The leak exposed 512,000 lines of TypeScript.', 'leak:leak'],
    ['DeepSeek has not replied. Analysts think R1 was trained partly on synthetic data, and the next model may follow.', 'deepseek:R1'],
    ['Claude is available in 170 countries, but not in China.', 'anthropic:Claude'],
    ['Claude 在国内无法直接使用，需要海外手机号注册。', 'anthropic:Claude'],
    ['The Claude app hit number one in the App Store.', 'anthropic:Claude'],
    ['“Claude，帮我把这段代码重构一下。”我对着终端输入。', 'anthropic:Claude'],
    ['Anthropic 更新了服务条款，禁止中国控股的公司使用其服务。这项禁令引发争议。', 'policy:禁令'],
    ['Anthropic bars Chinese-owned companies from using Claude. The restriction took effect in September.', 'policy:restriction'],
    ['Anthropic cites national security in its decision to stop selling to Chinese-owned groups.', 'policy:national security'],
    ['阿莫迪表示，Anthropic 不会向中国公司提供服务。达里奥此前也多次发表类似言论。', 'dario-amodei:达里奥'],
    ['Dario said on a podcast that chips matter most. Amodei has said so before.', 'dario-amodei:Dario'],
    ['A社这次源码泄露，Claude Code 的工程细节全被看光了。', 'anthropic:A社'],
    ['大家都在讨论CC，我觉得Claude Code确实好用，CC的终端体验最好。', 'anthropic:CC'],
    ['Leaked: OpenAI blocked API access for DeepSeek staff accused of distillation.', 'policy:blocked'],
    ['此举被视为美国 AI 公司对华限制的升级。', 'policy:限制'],
    ['我在知乎上看到有人说 MiniMax 的模型效果不错。', 'minimax:MiniMax'],
    ['热门评论：月之暗面这波稳了\n\n相关阅读：Claude Code 泄露事件复盘', 'moonshot-ai:月之暗面'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['就在一小时内，这次泄露成了热搜第一。', 'leak:泄露'],
    ['游戏圈的 A社 又要出新作了，女神异闻录粉丝狂喜。', 'anthropic:A社'],
    ['Please cc me on the email about the Claude rollout.', 'anthropic:cc'],
  ])('should not find %j as %s when nothing ties it to the story', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});
