import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('detect (Chinese)', () => {
  it.each([
    ['Anthropic公司表示，这是一次打包失误。', 'anthropic:Anthropic'],
    ['开发者用Claude Code写代码。', 'anthropic:Claude Code'],
    ['深度求索发布了新的大模型。', 'deepseek:深度求索'],
    ['月之暗面是一家总部位于北京的人工智能公司。', 'moonshot-ai:月之暗面'],
    ['月之暗面旗下的Kimi智能助手用户众多。', 'moonshot-ai:Kimi智能助手'],
    ['稀宇科技在港交所上市。', 'minimax:稀宇科技'],
    ['海螺AI可以根据文字生成视频。', 'minimax:海螺AI'],
    ['MiniMax推出的星野App主打AI陪伴聊天。', 'minimax:星野'],
    ['达里奥·阿莫迪在达沃斯发表讲话。', 'dario-amodei:达里奥·阿莫迪'],
    ['達里奧・阿莫迪再次批評晶片出口。', 'dario-amodei:達里奧・阿莫迪'],
    ['阿莫迪表示，Anthropic不会在中国提供服务。', 'dario-amodei:阿莫迪'],
    ['Claude Code的源代码泄露引发中国开发者热议。', 'leak:源代码泄露'],
    ['Anthropic的npm包意外泄露了源码。', 'leak:泄露'],
    ['Claude Code 原始碼外洩，開發者紛紛下載。', 'leak:原始碼外洩'],
    ['Anthropic指控深度求索等三家中国公司蒸馏Claude。', 'distillation:蒸馏'],
    ['Anthropic指控中國實驗室蒸餾其模型。', 'distillation:蒸餾'],
    ['这些公司据称创建了约2.4万个虚假账户，与Claude进行了1600多万次交互。', 'distillation:虚假账户'],
    ['Anthropic 把中国称为敌对国家。', 'policy:敌对国家'],
    ['Anthropic禁止中资控股企业使用Claude。', 'policy:禁止'],
    ['中国不在Anthropic支持的国家和地区名单中。', 'policy:支持的国家和地区'],
    ['阿莫迪支持对中国实施芯片出口管制。', 'policy:出口管制'],
  ])('should find %j as %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['平克·弗洛伊德的专辑《月之暗面》发行于1973年。', '月之暗面'],
    ['从地球上永远看不到月之暗面，也就是月球背面。', '月之暗面'],
    ['极小化极大算法（minimax）用于博弈树搜索。', 'minimax'],
    ['蒸馏水是通过加热和冷凝得到的。', '蒸馏'],
    ['这家酒厂用传统工艺蒸馏白酒。', '蒸馏'],
    ['知识蒸馏让小的学生网络学习大的教师网络。', '蒸馏'],
    ['厨房发生燃气泄漏，消防员赶到现场。', '泄漏'],
    ['程序存在内存泄漏，需要重启服务。', '泄漏'],
    ['星野源发布了新单曲。', '星野'],
    ['海螺水泥公布了年度业绩。', '海螺'],
    ['克劳德·莫奈是印象派画家。', 'Claude'],
    ['人择原理是宇宙学中的一个观点。', '人择'],
    ['路漫漫其修远兮，吾将上下而求索。', '求索'],
  ])('should not match in %j (%s)', (text, word) => {
    expect(found(text).filter((label) => label.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
  });
});
