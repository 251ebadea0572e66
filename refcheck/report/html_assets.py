"""The HTML report's stylesheet and script, inlined into the page so the file works offline.

Status is never told by colour alone: each citation carries a symbol and a word (✖ error,
⚠ warning, ✓ ok) and a different underline (solid, dashed, dotted). The colours meet WCAG AA
(text on its background >= 4.5:1; measured pairs in the comments). Print shows everything
flat: no sticky panel, no tooltips, status words kept.
"""

CSS = """
:root { --fg: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --panel: #f5f5f5; --line: #c8c8c8;
  --err-bg: #fde7e6; --err-fg: #8c1d13;   /* 7.7:1 */
  --warn-bg: #fff3cd; --warn-fg: #6b4a00; /* 7.3:1 */
  --ok-bg: #e3f3e6; --ok-fg: #1c5a2b;     /* 7.2:1 */
  --info-bg: #e6eefc; --info-fg: #1d4a8f; /* 7.4:1 */
  --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; z-index: 10; background: var(--bg); padding: .5rem 1rem; }
header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 .25rem; font-size: 1.35rem; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0 0; padding: 0; list-style: none; }
.summary li { padding: .15rem .6rem; border-radius: 1rem; border: 1px solid var(--line); background: var(--panel); }
.file { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 0 1.5rem; padding: 0 1.5rem 2rem; }
.file > h2 { grid-column: 1 / -1; font-size: 1.15rem; margin: 1.25rem 0 .25rem; overflow-wrap: anywhere; }
.file > .summary { grid-column: 1 / -1; margin-bottom: 1rem; }
.paper { grid-column: 1; }
.paper pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0; }
aside.findings { grid-column: 2; grid-row: 3 / span 2; align-self: start; position: sticky; top: 0;
  max-height: 100vh; overflow: auto; padding: .75rem; background: var(--panel); border-left: 1px solid var(--line); }
aside.findings h3, .references h3 { margin: .25rem 0 .5rem; font-size: 1.05rem; }
aside.findings ol { margin: 0; padding: 0; list-style: none; }
aside.findings li { margin: 0 0 .5rem; padding: .4rem .5rem; border-radius: .3rem; border-left: 4px solid; }
.finding-link { display: block; color: inherit; text-decoration: none; }
.finding-link:hover .msg, .finding-link:focus .msg { text-decoration: underline; }
.loc { font-family: ui-monospace, monospace; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
.fix { font-size: .92em; margin-top: .15rem; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .78em; letter-spacing: .03em; }
.cite { position: relative; border-radius: .2rem; padding: 0 .1rem; cursor: pointer; text-decoration-thickness: 2px;
  text-underline-offset: 3px; text-decoration-line: underline; }
.cite::before { font-weight: 700; margin-right: .15rem; }
.status-error { background: var(--err-bg); color: var(--err-fg);
  text-decoration-style: solid; border-color: var(--err-fg); }
.status-error.cite::before { content: "\\2716"; }
.status-warning { background: var(--warn-bg); color: var(--warn-fg); text-decoration-style: dashed;
  border-color: var(--warn-fg); }
.status-warning.cite::before { content: "\\26A0"; }
.status-info { background: var(--info-bg); color: var(--info-fg);
  text-decoration-style: dotted; border-color: var(--info-fg); }
.status-info.cite::before { content: "\\2139"; }
.status-ok { background: var(--ok-bg); color: var(--ok-fg); text-decoration-style: dotted; border-color: var(--ok-fg); }
.status-ok.cite::before { content: "\\2713"; }
.cite[data-tip]:hover::after, .cite[data-tip]:focus::after { content: attr(data-tip); position: absolute; left: 0;
  top: 1.6em; z-index: 5; width: max-content; max-width: 28rem; white-space: pre-line; padding: .5rem .6rem;
  background: #1b1b1b; color: #ffffff; border-radius: .3rem; font-size: .9rem; line-height: 1.4; font-weight: 400; }
.cite.current, .entry.current { outline: 3px solid var(--focus);
  outline-offset: 2px; animation: flash 1.2s ease-out 1; }
@keyframes flash { from { box-shadow: 0 0 0 8px rgba(11, 87, 208, .35); }
  to { box-shadow: 0 0 0 0 rgba(11, 87, 208, 0); } }
.references { grid-column: 1; margin-top: 2rem; }
.entry { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; margin-bottom: .75rem; }
.entry .raw { margin: 0 0 .4rem; }
.entry dl { display: grid; grid-template-columns: max-content 1fr;
  gap: .1rem .75rem; margin: .25rem 0; font-size: .92em; }
.entry dt { color: var(--muted); }
.entry dd { margin: 0; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .8rem; font-size: .8em; font-weight: 600;
  border: 1px solid; margin-right: .3rem; }
.cited-in { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .92em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 60rem) { .file { grid-template-columns: 1fr; } aside.findings { grid-column: 1; grid-row: auto;
  position: static; max-height: none; border-left: 0; } }
@media print {
  body { font-size: 11pt; }
  .skip, .cite::after { display: none !important; }
  .file { display: block; padding: 0; }
  aside.findings { position: static; max-height: none; overflow: visible; background: none; border: 0; padding: 0; }
  .cite { background: none !important; color: inherit !important; }
  a { color: inherit; }
  .entry { break-inside: avoid; }
}
"""

# Clicking (or Enter on) a finding scrolls to its place and marks it; without script the link's
# #anchor still jumps there and :target is not needed for the report to be read.
JS = """
(function () {
  "use strict";
  function show(id) {
    var el = document.getElementById(id);
    if (!el) { return; }
    document.querySelectorAll(".current").forEach(function (c) { c.classList.remove("current"); });
    el.classList.add("current");
    el.scrollIntoView({block: "center"});
    el.focus({preventScroll: true});
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[data-target]");
    if (!link) { return; }
    ev.preventDefault();
    show(link.getAttribute("data-target"));
    if (history.replaceState) { history.replaceState(null, "", "#" + link.getAttribute("data-target")); }
  });
  if (location.hash.length > 1) { show(decodeURIComponent(location.hash.slice(1))); }
})();
"""
