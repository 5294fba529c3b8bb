/**
 * The story's terms as the baselines see them: one flat list, no context rules. The baselines (walk +
 * regex, mark.js) match these; the extension does far more (context, two languages, across elements).
 */
export const STORY_TERMS = [
  'Anthropic',
  'Claude Code',
  'Claude',
  'Dario Amodei',
  'Amodei',
  'Chaofan Shou',
  'Shou Chaofan',
  'Fried_rice',
  'Zhang Ruiwang',
  'DeepSeek',
  'Moonshot AI',
  'Moonshot',
  'MiniMax',
  'Kimi',
  'Hailuo',
  'source code leak',
  'source map',
  'leaked',
  'leak',
  'distillation attacks',
  'distillation',
  'distilled',
  'fraudulent accounts',
  'adversarial nation',
  'unsupported regions',
  'export controls',
  'national security',
  '深度求索',
  '月之暗面',
  '稀宇科技',
  '海螺AI',
  '星野',
  '达里奥·阿莫迪',
  '阿莫迪',
  '泄露',
  '蒸馏',
  '虚假账户',
  '出口管制',
] as const;

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One combined, case-insensitive expression; longer terms first so "Claude Code" wins over "Claude". */
export function storyRegexSource(terms: readonly string[] = STORY_TERMS): string {
  return [...terms].sort((a, b) => b.length - a.length).map(escape).join('|');
}
