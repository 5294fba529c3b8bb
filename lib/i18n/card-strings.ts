import type { FactStatus } from '../dataset/schema';
import type { Category } from '../types';
import type { Lang } from './language';

/**
 * The hover card's own strings. The card follows the language of the page it sits on (or the card
 * language setting), not the browser's UI language, so it cannot use browser.i18n, which only knows the
 * browser's locale; and the content script stays small by not importing the popup's whole table.
 */
export interface CardStrings {
  brand: string;
  category: Record<Category, string>;
  status: Record<FactStatus, string>;
  why: string;
  matched: string;
  facts: string;
  noFacts: string;
  source: string;
  close: string;
  position(n: number, total: number): string;
  label(title: string): string;
  shortcutHint: string;
}

const en: CardStrings = {
  brand: 'Leak Lens',
  category: {
    leak: 'Claude Code leak',
    distillation: 'Distillation accusations',
    policy: 'China restrictions',
    company: 'Company',
    person: 'Person',
  },
  status: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    alleged: 'Alleged',
    disputed: 'Disputed',
    'corrects-article': 'Corrects a common error',
  },
  why: 'Why this matched',
  matched: 'Matched',
  facts: 'Sourced facts',
  noFacts: 'No sourced facts on this yet.',
  source: 'Source',
  close: 'Close',
  position: (n, total) => `${n} of ${total}`,
  label: (title) => `Leak Lens: ${title}`,
  shortcutHint: 'Esc closes',
};

const zh: CardStrings = {
  brand: 'Leak Lens',
  category: {
    leak: 'Claude Code 源码泄露',
    distillation: '蒸馏指控',
    policy: '对华限制',
    company: '公司',
    person: '人物',
  },
  status: {
    confirmed: '已证实',
    reported: '媒体报道',
    alleged: '单方指控',
    disputed: '存在争议',
    'corrects-article': '纠正常见错误',
  },
  why: '匹配原因',
  matched: '匹配文字',
  facts: '有来源的事实',
  noFacts: '暂无相关的有来源事实。',
  source: '来源',
  close: '关闭',
  position: (n, total) => `第 ${n} 处，共 ${total} 处`,
  label: (title) => `Leak Lens：${title}`,
  shortcutHint: '按 Esc 关闭',
};

export function cardStrings(lang: Lang): CardStrings {
  return lang === 'zh' ? zh : en;
}
