#!/bin/sh
# Renders the pull-request comment for the bundled incident example as GitHub would show it and
# screenshots it: docs/comment.png (the picture on the README's first screen).
#   destroy-guard's Markdown → cmark-gfm (GitHub's Markdown engine) → HTML with GitHub-like CSS
#   → headless Chromium screenshot. Needs cmark-gfm and chromium (apt-get install cmark-gfm chromium).
set -eu
cd "$(dirname "$0")/.."
out=${1:-docs/comment.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node bin/destroy-guard.js assess --format markdown examples/incident/plan.json >"$work/comment.md" || [ $? -eq 1 ]
body=$(cmark-gfm --unsafe --extension table --extension autolink --extension strikethrough \
  --extension tagfilter <"$work/comment.md")

cat >"$work/comment.html" <<HTML
<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI",
    "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 1012px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px;
    border-radius: 6px 6px 0 0; color: #59636e; }
  .header b { color: #1f2328; }
  .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
  .body { padding: 16px; }
  h3 { font-size: 1.25em; margin: 0 0 16px; font-weight: 600; }
  h4 { font-size: 1em; margin: 24px 0 16px; font-weight: 600; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%;
    overflow: auto; margin: 0 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace;
    background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; }
  sub { color: #59636e; }
</style></head><body>
<div class="comment">
  <div class="header"><b>github-actions</b> <span class="bot">bot</span> commented</div>
  <div class="body">$body</div>
</div>
</body></html>
HTML

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --hide-scrollbars --force-device-scale-factor=1 --window-size=1060,784 \
  --screenshot="$PWD/$out" "file://$work/comment.html" >/dev/null 2>&1
echo "wrote $out ($(wc -c <"$out") bytes)"
