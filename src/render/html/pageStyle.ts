// The page's style sheet: one inline block (the CSP allows nothing else), screen first, then A4
// print in black and white (every colour also has a word or a mark beside it).
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1b2a41; --muted: #5b6677; --rule: #dde3ea; --soft: #f4f6f9; --accent: #1f4e79;
  --met: #1e7b4f; --near: #b26a00; --far: #b3261e; --none: #8a94a3; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #e9edf2; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1060px; margin: 24px auto; background: #fff; padding: 40px 48px 32px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h1, h2, h3 { line-height: 1.2; margin: 0; color: var(--ink); }
h1 { font-size: 30px; font-weight: 700; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 20px 0 8px; }
p { margin: 0 0 10px; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report + .report { margin-top: 56px; padding-top: 32px; border-top: 6px solid var(--accent); }
.report-header { border-top: 6px solid var(--accent); padding-top: 18px; margin-bottom: 22px; }
.report + .report .report-header { border-top: 0; padding-top: 0; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 11.5px; font-weight: 700; color: var(--accent); margin-bottom: 6px; }
.subtitle { font-size: 18px; color: var(--muted); margin-top: 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 32px; margin: 14px 0 0; font-size: 13.5px; }
.meta div { display: flex; gap: 6px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; }
nav.contents { background: var(--soft); padding: 12px 18px; margin: 0 0 24px; border-left: 4px solid var(--accent); }
nav.contents ol { margin: 4px 0 0; padding-left: 20px; }
nav.contents a { color: var(--accent); }
.headline { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1.6fr) repeat(3, minmax(0, 1fr)); gap: 12px; margin: 8px 0 10px; }
.headline.four { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px; background: #fff; break-inside: avoid; }
.card .label { font-size: 11.5px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-weight: 600; }
.card .value { white-space: nowrap; font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.2; margin-top: 2px; }
.card .value.big { font-size: 40px; }
.card .value.wrap { white-space: normal; }
.card .value .unit { font-size: 16px; font-weight: 600; }
.card .value.big .unit { font-size: 22px; }
.nowrap { white-space: nowrap; }
.card .note { font-size: 12.5px; color: var(--muted); margin-top: 2px; }
.card .note.warn { color: var(--near); font-weight: 600; }
.card.overall { border: 2px solid var(--ink); }
.status-met { color: var(--met); } .status-near { color: var(--near); } .status-far { color: var(--far); } .status-none { color: var(--none); }
.callout { border-left: 4px solid var(--near); background: #fdf6ea; padding: 8px 14px; margin: 10px 0; font-size: 14px; }
.callout.info { border-color: var(--accent); background: var(--soft); }
.overview { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; margin-top: 14px; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figure.wide { margin: 16px 0 8px; }
figure.wide figcaption { text-align: center; }
svg.bar { display: block; }
.levels { list-style: none; margin: 0; padding: 0; }
.levels li { border-left: 4px solid var(--rule); padding: 6px 10px; margin-bottom: 6px; font-size: 13px; }
.levels li.current { border-left-color: var(--ink); background: var(--soft); }
.levels .name { font-weight: 700; }
.levels .range { color: var(--muted); font-variant-numeric: tabular-nums; }
.pill { display: inline-block; border: 1px solid currentColor; border-radius: 999px; padding: 0 8px; font-size: 12px; font-weight: 600; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 8px; }
th, td { padding: 7px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
tbody tr { break-inside: avoid; }
tfoot td, tfoot th { border-top: 2px solid var(--ink); border-bottom: 0; font-weight: 700; }
td.bar-cell { padding-top: 10px; }
.flag { font-size: 12px; font-weight: 600; white-space: nowrap; }
.flag.warn { color: var(--near); }
.flag.alert { color: var(--far); }
tr.group th { background: var(--soft); font-size: 14px; text-transform: none; letter-spacing: 0; color: var(--ink); border-bottom: 1px solid var(--rule); padding-top: 10px; }
tr.group th .muted { font-weight: 400; }
.rec { margin: 0; }
ul.notes { list-style: none; margin: 6px 0 0; padding: 0; }
ul.notes li { font-size: 12.5px; color: #3b4757; border-left: 3px solid var(--rule); padding: 2px 0 2px 8px; margin-top: 4px; }
ul.notes li .who { color: var(--muted); white-space: nowrap; }
ol.priorities { margin: 0; padding-left: 22px; }
ol.priorities li { margin-bottom: 4px; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.change-up { color: var(--met); } .change-down { color: var(--far); } .change-flat { color: var(--muted); }
.legend-note { font-size: 12.5px; color: var(--muted); }
.page-footer { max-width: 1060px; margin: 0 auto 32px; padding: 0 48px; font-size: 12px; color: var(--muted); }
@media (max-width: 820px) {
  main { padding: 20px; margin: 0; }
  .headline, .headline.four { grid-template-columns: 1fr 1fr; }
  .overview { grid-template-columns: 1fr; }
}
.ci { font-size: 0.82em; font-weight: 400; color: var(--muted); white-space: nowrap; }
.card .value .ci { display: block; font-size: 13px; margin-top: 2px; white-space: normal; }
.card .value.big .ci { font-size: 14px; }
td.score strong { font-size: 15px; }
td.score .ci { display: block; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 700; white-space: nowrap; border: 1px solid currentColor; }
.badge.met { color: var(--met); } .badge.below { color: var(--far); } .badge.none { color: var(--muted); border-style: dashed; }
.warn { color: var(--near); font-weight: 600; }
ul.privacy { list-style: none; margin: 10px 0 0; padding: 0; font-size: 12.5px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 18px; }
.notices { border: 1px solid #e8c98f; background: #fdf6ea; border-radius: 6px; padding: 6px 16px 10px; margin: 0 0 16px; }
.notices h2 { font-size: 15px; border: 0; margin: 6px 0 4px; padding: 0; }
ul.warnings { margin: 0; padding-left: 18px; font-size: 13.5px; }
ul.warnings li { margin: 3px 0; }
.files { font-size: 12px; color: var(--muted); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; overflow-wrap: anywhere; }
details.more { display: inline; } details.more summary { display: inline; cursor: pointer; color: var(--accent); }
.key-line { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
.callout.split { border-color: var(--far); background: #fbf0ef; }
.callout ul { margin: 6px 0 0; padding-left: 20px; }
ul.divided { margin: 2px 0 6px; padding-left: 18px; font-size: 13px; }
.key { display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; border: 1px solid rgba(0,0,0,.25); border-radius: 2px; }
.mark { font-weight: 700; }
table.scorecard .flag { white-space: normal; }
table.scorecard td:last-child { min-width: 120px; }
.typical { font-size: 12px; color: var(--muted); font-style: italic; }
td.num .typical, td.num .small:not(.nowrap) { white-space: normal; }
table.question-gaps td:first-child { width: 38%; }
.reverse { font-weight: 700; color: var(--accent); }
.hidden-groups { font-size: 13px; background: var(--soft); border-left: 4px solid var(--none); padding: 6px 12px; }
.head-note { text-transform: none; letter-spacing: 0; font-weight: 400; }
.no-priorities { font-weight: 600; }
ul.needs-more { margin: 0; padding-left: 20px; }
.view { font-size: 12.5px; font-weight: 700; border-left: 3px solid currentColor; padding-left: 6px; margin-left: 4px; }
.view.confirmed { color: var(--far); } .view.not-confirmed { color: var(--muted); } .view.seen { color: #7b4fa0; margin-left: 0; }
.per-question details { border: 1px solid var(--rule); border-radius: 6px; margin: 8px 0; }
.per-question summary { cursor: pointer; padding: 8px 12px; background: var(--soft); border-radius: 6px; }
.per-question details[open] summary { border-bottom: 1px solid var(--rule); border-radius: 6px 6px 0 0; }
.per-question table { margin: 0; table-layout: fixed; }
.per-question th:nth-child(1) { width: 34%; } .per-question th:nth-child(2) { width: 12%; } .per-question th:nth-child(3) { width: 10%; } .per-question th:nth-child(4) { width: 270px; }
td.answers { overflow: hidden; }
.answer-key { font-size: 11.5px; color: #3b4757; margin-top: 3px; line-height: 1.6; }
.answer-key .key { white-space: normal; align-items: baseline; }
.answer-key .swatch { flex: none; }
svg.distribution { display: block; }
table.trends th[scope="row"] { width: 30%; }
.trend-figures { font-weight: 400; font-size: 13px; margin-top: 6px; display: grid; gap: 4px; }
td.trend-chart svg { display: block; }
.at-target { font-size: 16px; background: var(--soft); border-left: 4px solid #7b4fa0; padding: 8px 14px; }
.gap-staff { color: var(--far); font-weight: 700; } .gap-customers { color: #7b4fa0; font-weight: 700; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.metric svg.distribution { margin: 6px 0 2px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2 { margin-top: 18px; }
  .break { break-before: page; }
  .report + .report { break-before: page; margin-top: 0; border-top: 0; }
  nav.contents { display: none; }
  thead { display: table-header-group; }
  tr, .card, figure, .callout { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .page-footer { padding: 0; margin-top: 16px; }
  .headline { grid-template-columns: minmax(0, 1.3fr) minmax(0, 1.6fr) repeat(3, minmax(0, 1fr)); }
  .headline.four { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .card .value { font-size: 19px; }
  .card .value.big { font-size: 30px; }
  h1 { font-size: 24px; }
  .overview { grid-template-columns: 1fr; gap: 8px; margin-top: 8px; }
  .overview svg.radar { max-width: 400px; }
  .pill, .small, .flag, .legend-note, .card .note, figcaption, ul.notes li { font-size: 7.5pt; }
  .levels { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; }
  .levels li { font-size: 8.5pt; padding: 3px 8px; }
  table { font-size: 8.5pt; }
  th, td { padding: 4px 5px; }
  thead th { font-size: 7.5pt; letter-spacing: .03em; }
  svg.bar { width: 100px; height: auto; }
  .badge { font-size: 7.5pt; padding: 0 4px; }
  figure.wide svg.chart { max-width: 560px; }
  figure.wide svg.radar { max-width: 440px; }
  .ci, .typical, .answer-key, .files, ul.privacy { font-size: 7pt; }
  .card .value .ci { font-size: 8pt; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  .per-question details { border: 0; margin: 4px 0; }
  .per-question summary { background: none; padding: 4px 0; border-bottom: 1px solid var(--ink); border-radius: 0; }
  details.more summary { display: none; }
  svg.trend { width: 380px; height: auto; }
  svg.dumbbell { max-width: 560px; }
  td.answers { min-width: 0; }
  .per-question th:nth-child(4) { width: 165px; }
  svg.distribution { width: 150px; height: auto; }
}
`.trim();
