/** The pages' one stylesheet, inlined into each page so they work from the file system with no network. */
export const PAGE_CSS = `
:root { color-scheme: light; --fg: #1d2330; --muted: #5d6677; --line: #d9dee7; --bg: #f6f7fa; --accent: #2f6fdf; --bad: #c8382e; --good: #23863f; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 14px 24px; }
header h1 { margin: 0 0 4px; font-size: 20px; }
main { padding: 8px 24px 40px; max-width: 1400px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 16px 0; padding: 12px 16px; }
h2 { font-size: 16px; margin: 4px 0 10px; }
.muted { color: var(--muted); }
.partial { background: #fff5d6; border: 1px solid #e6c65c; padding: 6px 10px; border-radius: 4px; }
table { border-collapse: collapse; margin: 6px 0 10px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f2f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.pos { color: var(--good); } td.neg { color: var(--bad); }
.kv td:first-child { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
svg.chart { background: #fff; font: 11px system-ui, sans-serif; }
svg .title { font-weight: 600; font-size: 12px; fill: var(--fg); }
svg .lbl, svg .val, svg .axis { fill: var(--muted); }
svg .bar { fill: var(--accent); } svg .bar.neg { fill: var(--bad); }
svg .lane { fill: #eef1f6; } svg .grid { stroke: var(--line); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 10px; align-items: center; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; }
/* Cards off screen are not laid out or painted until scrolled to: the grid sits at the end of a long page. */
.grid .card { content-visibility: auto; contain-intrinsic-size: auto 480px; }
.card video { width: 100%; background: #111; border-radius: 4px; aspect-ratio: 16 / 10; }
.card .prompt { margin: 6px 0; word-break: break-word; }
.card .meta { font-size: 12px; color: var(--muted); }
.card .scores { font-size: 12px; margin-top: 4px; font-variant-numeric: tabular-nums; }
.card.failed { border-color: var(--bad); }
.err { color: var(--bad); white-space: pre-wrap; word-break: break-word; }
.progress { background: #e5e9f0; border-radius: 3px; height: 10px; width: 220px; overflow: hidden; display: inline-block; vertical-align: middle; }
.progress > span { display: block; height: 100%; background: var(--accent); }
code { font: 12px ui-monospace, monospace; }
nav.toc { margin-top: 6px; font-size: 13px; }
nav.toc a { color: var(--accent); text-decoration: none; }
h3 { font-size: 14px; margin: 10px 0 6px; }
pre#spec { background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 8px; max-height: 420px; overflow: auto; font: 12px ui-monospace, monospace; }
details.gallery { border-top: 1px solid var(--line); padding: 6px 0; }
details.gallery summary { cursor: pointer; font-weight: 600; }
details.gallery .end { margin: 4px 0 8px; }
.thumbs { display: flex; flex-wrap: wrap; gap: 10px; }
figure.thumb { margin: 0; width: 176px; font-size: 12px; }
figure.thumb img, figure.thumb .noposter { display: block; width: 176px; aspect-ratio: 16 / 10; object-fit: cover; background: #111; border-radius: 4px; }
figure.thumb .noposter { color: #ccc; text-align: center; line-height: 110px; }
figure.thumb .prompt { color: var(--muted); word-break: break-word; }
details.params pre { white-space: pre-wrap; word-break: break-word; font: 11px ui-monospace, monospace; margin: 4px 0 0; }
button { font: inherit; padding: 2px 10px; }
`;
