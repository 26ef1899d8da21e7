// The report's inline stylesheet. System fonts only (nothing fetched); a Japanese font stack that
// names the common Japanese fonts of Windows (Yu Gothic, Meiryo), macOS (Hiragino) and Linux (Noto
// CJK, IPAex, Takao), so the Japanese does not fall back to boxes where the first choice is missing.
export const STYLES = String.raw`
:root {
  --bg: #f5f5f2; --paper: #ffffff; --ink: #1d2127; --muted: #68707a; --faint: #9aa1a9;
  --rule: #e3e3de; --rule-soft: #efefea; --accent: #2f5f9e;
  --error: #b3261e; --error-bg: #fde8e6; --error-mark: #f9c9c4;
  --warning: #8a5a00; --warning-bg: #fff3d9; --warning-mark: #fbdf9d;
  --info: #1f5fa8; --info-bg: #e6f0fc; --info-mark: #c4dbf7;
  --good: #3f9b74; --mid: #e1a93b; --low: #d3554a; --none: #b4b9bf;
  --toolbar-h: 52px;
  --gutter: 5.2em;
  --font-jp: "Yu Gothic UI", "Yu Gothic", YuGothic, Meiryo, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", IPAexGothic, IPAGothic, TakaoPGothic;
  --font-ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, var(--font-jp), sans-serif;
  --font-ja: var(--font-jp), sans-serif;
  --font-en: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", var(--font-jp), sans-serif;
  --font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.5 var(--font-ui); }
[hidden] { display: none !important; }
a { color: var(--accent); }
kbd { font: 600 11px/1 var(--font-mono); padding: 2px 5px; border: 1px solid var(--rule); border-bottom-width: 2px; border-radius: 4px; background: var(--paper); color: var(--muted); }

/* ---- header */
.masthead { padding: 22px 28px 16px; background: var(--paper); border-bottom: 1px solid var(--rule); }
.masthead .eyebrow { font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.masthead h1 { margin: 4px 0 6px; font-size: 21px; font-weight: 650; letter-spacing: -.01em; }
.masthead h1 .ja { font-family: var(--font-ja); }
.masthead h1 .arrow { color: var(--faint); font-weight: 400; margin: 0 .4em; }
.files { display: flex; flex-wrap: wrap; gap: 4px 22px; color: var(--muted); font-size: 12.5px; }
.files code { font: 12px var(--font-mono); color: var(--ink); }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.total { display: inline-flex; align-items: baseline; gap: 6px; padding: 4px 10px; border-radius: 999px; font-size: 12.5px; background: var(--bg); color: var(--muted); }
.total b { font-size: 15px; color: var(--ink); font-variant-numeric: tabular-nums; }
.total.sev-error b { color: var(--error); } .total.sev-warning b { color: var(--warning); } .total.sev-info b { color: var(--info); }

/* ---- toolbar */
.toolbar { position: sticky; top: 0; z-index: 20; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 8px 24px 8px 22px; background: var(--paper); border-bottom: 1px solid var(--rule); box-shadow: 0 1px 3px rgba(0,0,0,.04); font-size: 12.5px; }
.toolbar fieldset { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 0; padding: 0; border: 0; }
.toolbar legend { float: left; margin-right: 6px; color: var(--muted); font-weight: 600; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; }
.chip { position: relative; display: inline-flex; align-items: center; gap: 5px; padding: 2px 9px; border: 1px solid var(--rule); border-radius: 999px; background: var(--paper); color: var(--muted); cursor: pointer; user-select: none; }
.chip:hover { border-color: #c4c4bc; }
/* the checkbox stays for keyboards and screen readers; the chip itself shows its state */
.chip input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
.chip:has(input:checked) { background: #eaf0f8; border-color: #c5d3e6; color: var(--ink); }
.chip:not(.plain):not(:has(input:checked)) .label { text-decoration: line-through; text-decoration-color: var(--faint); }
.chip .n { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 11.5px; }
.chip.plain { border-style: dashed; }
.chip.plain:has(input:checked) { border-style: solid; }
.no-findings { color: var(--muted); }
.chip:has(input:focus-visible) { outline: 2px solid var(--accent); outline-offset: 1px; }
.chip .dot { width: 8px; height: 8px; border-radius: 50%; }
.dot.sev-error { background: var(--error); } .dot.sev-warning { background: #d49a1f; } .dot.sev-info { background: var(--info); }
.nav { display: flex; align-items: center; gap: 6px; margin-left: auto; }
.nav button { font: inherit; font-weight: 700; width: 30px; height: 26px; padding: 0; border: 1px solid var(--rule); border-radius: 6px; background: var(--paper); cursor: pointer; color: var(--ink); }
.nav button:hover { border-color: #c9c9c2; }
.nav button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
#nav-pos { min-width: 8.5em; text-align: center; color: var(--muted); font-variant-numeric: tabular-nums; }
.keys { display: inline-flex; gap: 2px; }

/* ---- layout */
.layout { display: grid; grid-template-columns: 272px minmax(0, 1fr); }
.outline { position: sticky; top: var(--toolbar-h); height: calc(100vh - var(--toolbar-h)); overflow: auto; padding: 14px 10px 40px 16px; border-right: 1px solid var(--rule); font-size: 12.5px; }
.outline h2 { margin: 2px 8px 8px; font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.outline ol { list-style: none; margin: 0; padding: 0; }
.outline a { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 8px; padding: 4px 8px; border-radius: 6px; color: var(--ink); text-decoration: none; line-height: 1.35; }
.outline a:hover { background: rgba(0,0,0,.04); }
.outline a.current { background: #e8eef7; }
.outline .t-ja { font-family: var(--font-ja); overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; }
.outline .t-en { grid-column: 1; color: var(--muted); font-size: 11.5px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.outline .count { grid-row: 1 / span 2; grid-column: 2; align-self: center; min-width: 1.8em; padding: 0 6px; border-radius: 999px; text-align: center; font-size: 11px; font-weight: 650; font-variant-numeric: tabular-nums; }
.count.sev-error { background: var(--error-bg); color: var(--error); }
.count.sev-warning { background: var(--warning-bg); color: var(--warning); }
.count.sev-info { background: var(--info-bg); color: var(--info); }
.outline .l1 > a { font-weight: 600; margin-top: 6px; }
.outline .l2 > a { padding-left: 18px; }
.outline .l3 > a { padding-left: 28px; }
.outline .l4 > a, .outline .l5 > a { padding-left: 38px; }
.outline .empty-note { color: var(--muted); padding: 4px 8px; }

main { min-width: 0; padding: 0 30px 80px 22px; }
.colhead { position: sticky; top: var(--toolbar-h); z-index: 10; display: grid; grid-template-columns: var(--gutter) minmax(0,1fr) var(--gutter) minmax(0,1fr); background: var(--bg); border-bottom: 1px solid var(--rule); padding: 10px 0 6px; font-size: 11px; font-weight: 650; letter-spacing: .07em; text-transform: uppercase; color: var(--muted); }
.colhead span { padding: 0 14px; }
.colhead span:nth-child(odd) { padding: 0; }
.colhead span { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.colhead code { font: 11px var(--font-mono); text-transform: none; letter-spacing: 0; color: var(--faint); margin-left: 6px; }

/* ---- pairs and rows */
.pair { content-visibility: auto; contain-intrinsic-size: auto var(--h, 200px); }
.pair { position: relative; margin: 0; background: var(--paper); border: 1px solid var(--rule); border-top: 0; box-shadow: inset 3px 0 0 var(--band, var(--good)); }
.pair:first-of-type { border-top: 1px solid var(--rule); }
.pair.b-good { --band: var(--good); } .pair.b-mid { --band: var(--mid); } .pair.b-low { --band: var(--low); } .pair.b-none { --band: var(--none); }
.row { display: grid; grid-template-columns: var(--gutter) minmax(0,1fr) var(--gutter) minmax(0,1fr); }
.row + .row { border-top: 1px dashed var(--rule-soft); }
.ln { padding: 9px 8px 0 0; text-align: right; font: 10.5px/1.9 var(--font-mono); color: var(--faint); font-variant-numeric: tabular-nums; user-select: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.ln-en { border-left: 1px solid var(--rule); }
.tx { padding: 8px 16px 9px 10px; min-width: 0; overflow-wrap: anywhere; }
.tx-ja { font-family: var(--font-ja); font-size: 14.5px; line-height: 1.9; text-align: justify; text-justify: inter-character; line-break: strict; }
.tx-en { font-family: var(--font-en); font-size: 14.5px; line-height: 1.65; hyphens: auto; }
.tx.blocks .u { display: block; }
.tx.blocks .u + .u { margin-top: .6em; }
.pair .tx.empty { display: flex; align-items: flex-start; justify-content: center; padding-top: 12px; background: repeating-linear-gradient(-45deg, transparent 0 6px, rgba(0,0,0,.035) 6px 12px); color: var(--faint); font: italic 400 12px/1.5 var(--font-ui); }
.is-bullet .tx:not(.empty) { padding-left: 26px; }
.tx.li { position: relative; }
.tx.li::before { position: absolute; left: 11px; color: var(--faint); }
.tx-ja.li::before { content: "・"; } .tx-en.li::before { content: "•"; }
.is-heading .tx { font-weight: 650; padding-top: 14px; }
.is-heading .tx-en { letter-spacing: -.005em; }
.is-heading .ln { padding-top: 15px; }
.is-title .tx { font-size: 18px; font-weight: 650; }
.is-toc .tx { white-space: pre-line; color: var(--muted); font-size: 13px; line-height: 1.7; }
.conf { display: block; width: fit-content; margin: 2px 0 0 auto; padding: 0 5px; border-radius: 999px; background: #fbe3e0; color: var(--low); font: 600 10px/1.6 var(--font-ui); }

/* ---- marks in the text */
mark.m { color: inherit; background: none; border-radius: 2px; padding: 1px 0; cursor: pointer; }
mark.s-whole.sev-error { background: var(--error-bg); }
mark.s-whole.sev-warning { background: var(--warning-bg); }
mark.s-whole.sev-info { background: var(--info-bg); }
mark.s-span.sev-error { background: var(--error-mark); box-shadow: inset 0 -2px 0 var(--error); }
mark.s-span.sev-warning { background: var(--warning-mark); box-shadow: inset 0 -2px 0 #c98a10; }
mark.s-span.sev-info { background: var(--info-mark); box-shadow: inset 0 -2px 0 var(--info); }
mark.s-context { text-decoration: underline dotted 1.5px; text-underline-offset: 3px; }
mark.s-context.sev-error { text-decoration-color: var(--error); }
mark.s-context.sev-warning { text-decoration-color: #c98a10; }
mark.s-context.sev-info { text-decoration-color: var(--info); }
mark.s-value { font-weight: 700; outline: 1.5px solid currentColor; outline-offset: 0; padding: 0 2px; border-radius: 3px; }
mark.s-value.sev-error { background: var(--error-mark); color: #7d1a14; }
mark.s-value.sev-warning { background: var(--warning-mark); color: #5e3d00; }
mark.s-value.sev-info { background: var(--info-mark); color: #123f73; }
mark.s-off { background: none; box-shadow: none; outline: 0; font-weight: inherit; cursor: text; padding: 0; }
mark.m.active.s-span, mark.m.active.s-value { box-shadow: 0 0 0 1.5px var(--accent); }
mark.m.active.s-whole { text-decoration: underline solid 2px var(--accent); text-underline-offset: 3px; }
mark.m.active.s-context { text-decoration: underline dotted 2px var(--accent); text-underline-offset: 3px; }

/* ---- finding cards */
.cards { display: flex; flex-direction: column; gap: 6px; padding: 2px 12px 10px calc(var(--gutter) + 10px); }
.finding { position: relative; padding: 8px 12px 9px 14px; border: 1px solid var(--rule); border-left: 4px solid var(--sev); border-radius: 6px; background: var(--sev-bg); font-size: 13px; scroll-margin: calc(var(--toolbar-h) + 48px) 0 80px; }
.finding.sev-error { --sev: var(--error); --sev-bg: #fff7f6; }
.finding.sev-warning { --sev: #d49a1f; --sev-bg: #fffbf2; }
.finding.sev-info { --sev: var(--info); --sev-bg: #f6f9fe; }
.finding:focus { outline: none; }
.finding.active { outline: 2px solid var(--accent); outline-offset: 2px; box-shadow: 0 4px 14px rgba(30,60,110,.14); }
.finding:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.fh { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.fh .num { font: 600 11px var(--font-mono); color: var(--faint); }
.fh .kind { font-weight: 700; color: var(--ink); }
.fh .sev { padding: 0 7px; border-radius: 999px; font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: #fff; background: var(--sev); }
.fh .sec { margin-left: auto; color: var(--muted); font-size: 11.5px; }
.msg { margin: 3px 0 0; }
.vals { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 5px 0 0; }
.vals dt { color: var(--muted); font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; padding-top: 1px; }
.vals dd { margin: 0; font: 600 12.5px var(--font-mono); }
.vals .none { color: var(--faint); font-weight: 400; }
.where { display: flex; flex-wrap: wrap; gap: 2px 16px; margin-top: 4px; color: var(--muted); font-size: 12px; }
.where b { font-weight: 650; color: var(--ink); }
.where q { display: block; margin-top: 2px; color: var(--ink); font-size: 13px; }
.where q[lang="ja"] { font-family: var(--font-ja); }
.unplaced { margin: 16px 0; }
.unplaced h2 { font-size: 13px; color: var(--muted); margin: 0 0 8px; }
.unplaced .cards { padding: 0; }
.quiet-note { display: none; }
body.only-findings .pair[data-f=""], body.only-findings .pair.quiet { display: none; }

/* ---- search */
.search { display: inline-flex; align-items: center; gap: 4px; }
.search input { font: inherit; width: 15em; padding: 3px 8px; border: 1px solid var(--rule); border-radius: 6px; background: var(--paper); color: var(--ink); }
.search input:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; }
.search button, .reviewed button { font: inherit; height: 26px; padding: 0 8px; border: 1px solid var(--rule); border-radius: 6px; background: var(--paper); cursor: pointer; color: var(--ink); }
#search-count { min-width: 5.5em; color: var(--muted); font-variant-numeric: tabular-nums; }
mark.hit { background: #fff1a8; color: inherit; box-shadow: 0 0 0 1px #e6c440; border-radius: 2px; }
mark.hit.current { background: #ffc94a; box-shadow: 0 0 0 2px #b7850a; }

/* ---- the reviewer's verdicts */
.reviewed { display: inline-flex; align-items: center; gap: 6px; color: var(--muted); font-variant-numeric: tabular-nums; }
.reviewed button:disabled { color: var(--faint); cursor: default; }
.fh .review { display: inline-flex; gap: 4px; margin-left: auto; }
.fh .sec + .review { margin-left: 8px; }
.fh .review button { font: 600 11px/1 var(--font-ui); padding: 3px 8px; border: 1px solid var(--rule); border-radius: 999px; background: var(--paper); color: var(--muted); cursor: pointer; }
.fh .review button:hover { border-color: #c4c4bc; color: var(--ink); }
.fh .review button[data-review="accepted"][aria-pressed="true"] { background: #e3f2ea; border-color: #9fcdb4; color: #1d6b46; }
.fh .review button[data-review="rejected"][aria-pressed="true"] { background: var(--error-bg); border-color: #e9aaa4; color: var(--error); }
.finding.accepted { opacity: .62; }
.finding.accepted .msg::before { content: "Accepted · "; font-weight: 650; color: #1d6b46; }
.finding.rejected .msg::before { content: "To fix · "; font-weight: 650; color: var(--error); }

/* ---- coverage view: Japanese words no link explains, and the links on hover */
body.coverage span.nl { background: rgba(211, 85, 74, .10); border-bottom: 1.5px dotted rgba(211, 85, 74, .7); }
body.coverage span.lk { cursor: help; border-radius: 2px; }
body.coverage span.lk:hover, body.coverage span.lk.on { background: #dce8f7; box-shadow: 0 0 0 1px #9db9df; }

/* ---- confidence strip */
.strip { position: fixed; z-index: 15; right: 0; top: var(--toolbar-h); bottom: 0; width: 16px; background: var(--paper); border-left: 1px solid var(--rule); cursor: pointer; }
.strip canvas { display: block; width: 100%; height: 100%; }
.strip .view { position: absolute; left: 0; right: 0; border: 1px solid rgba(30,40,60,.45); background: rgba(30,60,110,.10); pointer-events: none; border-radius: 2px; }

/* ---- footer */
footer { padding: 18px 28px 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); }
footer code { font: 11.5px var(--font-mono); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-bottom: 8px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }

@media (max-width: 1500px) {
  .toolbar legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .toolbar fieldset + fieldset { padding-left: 12px; border-left: 1px solid var(--rule); }
  .keys { display: none; }
}
@media (max-width: 980px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .outline { display: none; }
}
@media print {
  .pair { content-visibility: visible; }
  body { background: #fff; font-size: 10.5pt; }
  .toolbar, .outline, .strip, .conf, .fh .review { display: none !important; }
  .layout { display: block; }
  main { padding: 0; }
  .colhead { position: static; background: #fff; }
  .pair { box-shadow: none; border-color: #ccc; }
  .row, .finding { break-inside: avoid; }
  .masthead { border: 0; padding: 0 0 10px; }
  mark.m.active { box-shadow: none; }
  .finding.active { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
`;
