/**
 * The card's stylesheet, adopted by our shadow root as a constructed sheet: page CSP does not govern
 * constructed sheets (as it would a <style> element), and nothing leaks to or from the page's styles.
 * Colours meet WCAG AA on both themes; the category stripe repeats the highlight hue.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --link: #0b57d0; --chip: #eef1f5;
  box-sizing: border-box; position: fixed; max-width: min(360px, calc(100vw - 16px)); width: max-content;
  min-width: 240px; max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-left: 4px solid var(--hue);
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22); padding: 10px 12px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: left; pointer-events: auto; z-index: 2147483647;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #1f2226; --fg: #f1f1f1; --muted: #c4c7cc; --line: #4a4f57; --link: #8ab4f8; --chip: #2d3238; }
}
.card--leak { --hue: rgb(213, 94, 0); }
.card--distillation { --hue: rgb(204, 121, 167); }
.card--policy { --hue: rgb(0, 114, 178); }
.card--company { --hue: rgb(0, 158, 115); }
.card--person { --hue: rgb(230, 159, 0); }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 2px; }
.kind { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.position { font-size: 11px; color: var(--muted); margin-left: auto; }
.close {
  margin-left: auto; border: 0; background: transparent; color: var(--fg); font: inherit; font-size: 16px;
  line-height: 1; padding: 2px 6px; border-radius: 4px; cursor: pointer;
}
.position + .close { margin-left: 0; }
.close:hover { background: var(--chip); }
:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.title { font-size: 15px; font-weight: 650; margin: 0 0 2px; }
.description {
  margin: 0 0 6px; color: var(--muted);
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
}
.facts ul { list-style: none; margin: 0; padding: 0; }
.fact { margin: 6px 0 0; padding-top: 6px; border-top: 1px solid var(--line); }
.fact-text { margin: 0; }
.fact-meta { margin: 2px 0 0; display: flex; flex-wrap: wrap; gap: 4px 8px; font-size: 12px; color: var(--muted); }
.status { background: var(--chip); border-radius: 4px; padding: 0 5px; }
.status--alleged, .status--disputed { font-style: italic; }
a { color: var(--link); text-decoration: underline; }
.empty { margin: 6px 0 0; color: var(--muted); }
.why { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
.why-label { font-weight: 600; }
.matched { color: var(--fg); }
`;
