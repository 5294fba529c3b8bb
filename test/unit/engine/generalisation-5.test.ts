import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 5: a surname after another given name or a title is another person, and lends nothing to
 * other rules; a leak word whose own clause names another object is not the story's leak. Every
 * text here is new (none from an evaluation set).
 */

describe('detect (a surname after another given name or a title)', () => {
  it.each([
    ['Councilwoman Rosa Amodei opened the AI literacy fair at the library on Saturday.', 'dario-amodei:Amodei'],
    ['In Ohio, Sen. Paul Amodei told reporters the AI bill needs more hearings.', 'dario-amodei:Amodei'],
    ['At the chip plant, Judge Amodei heard the export case against the supplier.', 'dario-amodei:Amodei'],
    ['The AI panel was chaired by Dr. Amodei, a cardiologist from Genoa.', 'dario-amodei:Amodei'],
    ['Our AI startup hired Mr Amodei as its new accountant.', 'dario-amodei:Amodei'],
    ['The company said Daniela Amodei will speak about AI safety.', 'dario-amodei:Amodei'],
    ['人工智能论坛上，马克·阿莫迪介绍了芯片出口的新规定。', 'dario-amodei:阿莫迪'],
    ['大模型峰会邀请了卢卡·阿莫迪发言。', 'dario-amodei:阿莫迪'],
  ])('should not find %j as %s when another given name or a title stands before the surname', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic chief executive Amodei argued for chip export controls.', 'dario-amodei:Amodei'],
    ["Anthropic's Amodei argued for chip export controls.", 'dario-amodei:Amodei'],
    ['On export controls, CEO Amodei has been blunt about chips.', 'dario-amodei:Amodei'],
    ['When Amodei spoke about chips, the room went quiet.', 'dario-amodei:Amodei'],
    ['Dario Amodei wrote the essay. Amodei said AI chips must not reach rivals.', 'dario-amodei:Amodei'],
    ['Anthropic 首席执行官达里奥·阿莫迪谈芯片出口管制。阿莫迪认为必须收紧。', 'dario-amodei:阿莫迪'],
  ])('should find %j as %s when the surname is Dario Amodei', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it('should not let a rejected namesake act as the restricting firm for policy words', () => {
    const text =
      'Rep. Joan Amodei filed a bill that bans state contracts with Chinese suppliers of farm sensors. ' +
      'It also restricts subsidies to firms more than 50% owned by Chinese investors, citing national security.';
    const labels = found(text);
    expect(labels.filter((label) => label.startsWith('policy:') || label.startsWith('dario-amodei:'))).toEqual([]);
  });

  it('should still find the ownership rule when an AI firm sets it', () => {
    const labels = found('Anthropic no longer sells Claude to companies more than 50% owned by Chinese entities.');
    expect(labels).toContain('policy:50%');
  });

  it.each([
    ['Chaofan Shou found the map. Later, Zi Shou, a chef, opened a noodle bar.', 'shou-chaofan:Shou'],
  ])('should not find %j as %s when another given name stands before the surname', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (a leak word whose clause names another object)', () => {
  it.each([
    ['Two officers were charged after military secrets leaked to a blogger; separately, Claude Code added a plan mode.', 'leak:leaked'],
    ['The classified files leak is under investigation; in other news, Claude Code shipped a new release.', 'leak:leak'],
    ['Pentagon war plans leaked online last week, while Claude Code users got a faster CLI.', 'leak:leaked'],
    ['军方绝密文件遭泄露，三人被捕；另外，Claude Code 发布了新版本。', 'leak:泄露'],
    ['國家機密外洩，檢方起訴兩名官員；此外 Claude Code 推出新功能。', 'leak:外洩'],
    ['医院病历泄漏事件持续发酵，Claude Code 则更新了权限系统。', 'leak:泄漏'],
  ])('should not find %j as %s when its own clause names another object', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Claude Code leaked its own source through a map file, and no classified data was involved.', 'leak:leaked'],
    ['这次泄露的是 Claude Code 的源代码，不涉及任何军事机密。', 'leak:泄露'],
    ['The Claude Code leak showed hidden feature flags.', 'leak:leak'],
  ])('should find %j as %s when the story object is nearest', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
