#!/usr/bin/env bash
# Reproduces the vendored, self-hosted front-end assets of crates/web:
#
#   crates/web/static/css/bootstrap-italia.min.css       (trimmed with purgecss)
#   crates/web/static/css/bootstrap-italia.rtl.min.css   (rtlcss of the above)
#   crates/web/static/css/bootstrap-italia.LICENSE.txt
#   crates/web/static/fonts/*.woff2 + OFL.txt            (Titillium Web)
#   crates/web/static/LICENSES.md
#   crates/web/tests/it/vendor/axe.min.js (+ licences)   (test-only, not served)
#
# Usage (from anywhere; it works from the repository root):
#   bash scripts/vendor-assets.sh
#
# Needs node + npm and access to the npm registry. Everything is installed in a
# temporary folder that is removed afterwards. Re-run it after adding or
# changing templates so that purgecss keeps the classes they use.
set -euo pipefail

# ---- pinned versions --------------------------------------------------------
BOOTSTRAP_ITALIA_VERSION=2.18.3   # latest 2.x
RTLCSS_VERSION=4.3.0
PURGECSS_VERSION=8.0.0
AXE_CORE_VERSION=4.14.1           # latest 4.x
# Font families (comma-separated) whose @font-face rules are generated from
# Bootstrap Italia's own fonts-loader and whose woff2 files are shipped.
FONT_FAMILIES="${FONT_FAMILIES:-Titillium Web}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WEB=crates/web
STATIC="$WEB/static"
TEMPLATES="$WEB/templates"
AXE_DIR="$WEB/tests/it/vendor"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 1; }
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "==> npm install (in $TMP)"
(
  cd "$TMP"
  printf '{ "name": "agoral-vendor-assets", "private": true }\n' > package.json
  npm install --no-audit --no-fund --ignore-scripts --save-exact --loglevel=error \
    "bootstrap-italia@$BOOTSTRAP_ITALIA_VERSION" \
    "rtlcss@$RTLCSS_VERSION" \
    "purgecss@$PURGECSS_VERSION" \
    "axe-core@$AXE_CORE_VERSION" >/dev/null
)
NM="$TMP/node_modules"
BI="$NM/bootstrap-italia"

pkgver() { node -p "require('$NM/$1/package.json').version"; }
pkglic() { node -p "require('$NM/$1/package.json').license"; }
for pair in "bootstrap-italia=$BOOTSTRAP_ITALIA_VERSION" "rtlcss=$RTLCSS_VERSION" \
            "purgecss=$PURGECSS_VERSION" "axe-core=$AXE_CORE_VERSION"; do
  got="$(pkgver "${pair%%=*}")"
  [[ "$got" == "${pair#*=}" ]] || { echo "error: ${pair%%=*} is $got, wanted ${pair#*=}" >&2; exit 1; }
done

# ---- clean the outputs this script owns --------------------------------------
mkdir -p "$STATIC/css" "$STATIC/fonts" "$AXE_DIR"
rm -f "$STATIC"/css/bootstrap-italia.* "$STATIC"/fonts/*.woff2 "$STATIC"/fonts/*.woff \
      "$STATIC/fonts/OFL.txt" "$STATIC/LICENSES.md" \
      "$AXE_DIR/axe.min.js" "$AXE_DIR"/axe-core.*

HAVE_TEMPLATES=0
if [[ -d "$TEMPLATES" ]] && [[ -n "$(find "$TEMPLATES" -type f -name '*.html' -print -quit)" ]]; then
  HAVE_TEMPLATES=1
fi

# ---- CSS: fonts, urls, purge, rtl ---------------------------------------------
cat > "$TMP/build-css.js" <<'JS_EOF'
'use strict';
// Args: <bootstrap-italia dir> <static dir> <templates dir> <purge 0|1> <families> <fonts.json out>
const fs = require('fs');
const path = require('path');
const postcss = require('postcss');
const { PurgeCSS } = require('purgecss');
const rtlcss = require('rtlcss');

const [biDir, staticDir, templatesDir, purgeFlag, familiesArg, fontsJson] = process.argv.slice(2);
const dist = path.join(biDir, 'dist');
const cssDir = path.join(dist, 'css');
const families = familiesArg.split(',').map((s) => s.trim()).filter(Boolean);
const warn = (m) => console.warn('  warning: ' + m);

const isData = (u) => /^data:/i.test(u);
const isExternal = (u) => /^(https?:)?\/\//i.test(u) || /^[a-z][a-z0-9+.-]*:/i.test(u) && !isData(u);
const unquote = (u) => u.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
const stripQuery = (u) => u.replace(/[?#].*$/, '');

function copyFont(srcAbs) {
  const name = path.basename(srcAbs);
  fs.copyFileSync(srcAbs, path.join(staticDir, 'fonts', name));
  return name;
}

let css = fs.readFileSync(path.join(cssDir, 'bootstrap-italia.min.css'), 'utf8');
css = css.replace(/^\uFEFF/, '').replace(/\/\*#\s*sourceMappingURL=[^*]*\*\/\s*/g, '');
const bannerMatch = css.match(/^\s*(\/\*![\s\S]*?\*\/)/);
const banner = bannerMatch ? bannerMatch[1] : '';

// 1. @font-face rules for the wanted families. Bootstrap Italia 2.x does not put
//    them in its CSS: its JS (plugins/fonts-loader.js) injects them at run time.
//    We generate the same rules, woff2 only, pointing at ../fonts/<file>.
const loader = fs.readFileSync(path.join(dist, 'plugins', 'fonts-loader.js'), 'utf8');
const blocks = loader.match(/@font-face\s*\{[\s\S]*?\n\s*\}/g) || [];
const generated = [];
const shippedFonts = [];
for (const b of blocks) {
  const fam = (b.match(/font-family:\s*['"]([^'"]+)['"]/) || [])[1];
  if (!fam || !families.includes(fam)) continue;
  const style = (b.match(/font-style:\s*([a-z]+)/) || [])[1] || 'normal';
  const weight = (b.match(/font-weight:\s*(\d+)/) || [])[1] || '400';
  const rel = (b.match(/\}\/([^'"\s)]+\.woff2)/) || [])[1];
  if (!rel) { warn(`no woff2 for ${fam} ${weight} ${style}`); continue; }
  const abs = path.join(dist, 'fonts', rel);
  if (!fs.existsSync(abs)) { warn(`missing ${rel}: @font-face dropped`); continue; }
  const file = copyFont(abs);
  shippedFonts.push({ family: fam, weight, style, file });
  generated.push(`@font-face{font-family:"${fam}";font-style:${style};font-weight:${weight};` +
    `font-display:swap;src:url(../fonts/${file}) format("woff2")}`);
}
for (const fam of families) {
  if (!shippedFonts.some((f) => f.family === fam)) {
    console.error(`error: no @font-face found for "${fam}" in fonts-loader.js`);
    process.exit(1);
  }
}

// 2. Walk the upstream CSS: @import, @font-face src and other url()s.
const root = postcss.parse(css);
root.walkAtRules('import', (at) => {
  warn(`removed @import ${at.params}`);
  at.remove();
});
const URL_RE = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;
root.walkAtRules('font-face', (at) => {
  at.walkDecls('src', (decl) => {
    const urls = [...decl.value.matchAll(URL_RE)].map((m) => m[2]);
    if (urls.every(isData)) return; // embedded font: fine as it is
    // split "url(..) format(..), url(..) format(..)" into entries
    const entries = decl.value.split(/,(?![^(]*\))/).map((s) => s.trim());
    let kept = [];
    for (const e of entries) {
      const m = e.match(/url\(\s*(['"]?)([^'")]*)\1\s*\)/i);
      if (!m) { if (/^local\(/i.test(e)) kept.push(e); continue; }
      const u = m[2];
      if (isData(u)) { kept.push(e); continue; }
      if (isExternal(u)) { warn(`dropped remote font ${u}`); continue; }
      const abs = path.resolve(cssDir, stripQuery(u));
      if (!fs.existsSync(abs)) { warn(`dropped missing font ${u}`); continue; }
      kept.push({ e, u, abs });
    }
    const woff2 = kept.filter((k) => typeof k === 'object' && /\.woff2$/i.test(k.abs));
    if (woff2.length) kept = kept.filter((k) => typeof k !== 'object' || woff2.includes(k));
    kept = kept.map((k) => {
      if (typeof k !== 'object') return k;
      const file = copyFont(k.abs);
      return k.e.replace(k.u, `../fonts/${file}`);
    });
    if (!kept.some((k) => /url\(/i.test(k))) { at.remove(); return; }
    decl.value = kept.join(',');
  });
});
const copied = new Set();
root.walkDecls((decl) => {
  if (decl.parent && decl.parent.type === 'atrule' && decl.parent.name === 'font-face') return;
  if (!/url\(/i.test(decl.value)) return;
  for (const m of decl.value.matchAll(URL_RE)) {
    const u = m[2];
    if (!u || isData(u) || u.startsWith('#')) continue;
    const abs = path.resolve(cssDir, stripQuery(u));
    const relToDist = path.relative(dist, abs);
    if (isExternal(u) || relToDist.startsWith('..') || !fs.existsSync(abs)) {
      warn(`removed declaration with unresolvable url ${u}`);
      decl.remove();
      return;
    }
    const out = path.join(staticDir, relToDist);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.copyFileSync(abs, out);
    copied.add(relToDist);
  }
});
css = root.toString();
// put the generated @font-face rules right after the licence banner
css = banner && css.startsWith(banner)
  ? banner + generated.join('') + css.slice(banner.length)
  : generated.join('') + css;

// 3. purge against the templates, 4. rtl
(async () => {
  if (purgeFlag === '1') {
    // Classes the templates use are kept by purgecss itself; the safelist
    // only keeps state classes that scripts or the server add at run time.
    const safe = [
      'visually-hidden', 'is-invalid', 'invalid-feedback', 'show', 'active', 'alert-',
      'form-control', 'form-check', 'form-group', 'form-text', 'btn-',
    ].map((p) => new RegExp('^' + p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    safe.push(/valid/, /focus/, /^h[1-6]$/,
      // base elements styled by reboot, kept even if no template uses them yet
      /^(html|body|a|p|ul|ol|li|dl|dt|dd|main|section|article|aside|hr|img|svg|picture|figure|figcaption|blockquote|address|abbr|b|strong|em|i|code|pre|kbd|samp|sub|sup|mark|span|div|button|caption|thead|tbody|tfoot|tr|th|td|details|summary|output|progress|iframe|time|optgroup|option|meter)$/,
      // attribute selectors ([hidden], [disabled], [dir=rtl], [aria-*], ...): purgecss
      // matches the attribute name against the safelist
      /^(hidden|disabled|readonly|required|role|title|type|dir|lang|tabindex|multiple|size|href|inert|placeholder|aria-.*|data-.*)$/);
    const [res] = await new PurgeCSS().purge({
      content: [path.join(templatesDir, '**/*.html').split(path.sep).join('/')],
      css: [{ raw: css }],
      fontFace: false,
      keyframes: false,
      variables: false,
      safelist: { standard: safe },
    });
    css = res.css;
    if (banner && !css.includes(banner)) css = banner + css;
  }
  const rtl = rtlcss.process(css);
  fs.writeFileSync(path.join(staticDir, 'css', 'bootstrap-italia.min.css'), css.trim() + '\n');
  fs.writeFileSync(path.join(staticDir, 'css', 'bootstrap-italia.rtl.min.css'), rtl.trim() + '\n');
  fs.writeFileSync(fontsJson, JSON.stringify(shippedFonts));
  if (copied.size) console.log('  copied url() targets: ' + [...copied].join(', '));
})().catch((e) => { console.error(e); process.exit(1); });
JS_EOF

if [[ "$HAVE_TEMPLATES" == 1 ]]; then
  echo "==> CSS: purging against $TEMPLATES/**/*.html"
else
  echo "==> CSS: no .html under $TEMPLATES yet, copying the full (unpurged) CSS"
fi
(cd "$TMP" && node build-css.js "$BI" "$ROOT/$STATIC" "$ROOT/$TEMPLATES" "$HAVE_TEMPLATES" \
  "$FONT_FAMILIES" "$TMP/fonts.json")

# ---- check: no external references in the CSS ---------------------------------
for f in "$STATIC/css/bootstrap-italia.min.css" "$STATIC/css/bootstrap-italia.rtl.min.css"; do
  if grep -Eoi "url\([[:space:]]*['\"]?[[:space:]]*(https?:|//)" "$f" \
     || grep -Eoi "@import[^;]*(https?:|//)" "$f"; then
    echo "error: $f references an external URL" >&2; exit 1
  fi
  # every relative url() must resolve to a shipped file
  grep -Eo "url\([^)]*\)" "$f" | grep -Eiv "url\([[:space:]]*['\"]?data:" \
    | sed -E "s/^url\([[:space:]]*['\"]?//; s/['\"]?[[:space:]]*\)$//; s/[?#].*$//" | sort -u \
    | while read -r u; do
        [[ -f "$STATIC/css/$u" ]] || { echo "error: $f: url($u) does not resolve" >&2; exit 1; }
      done
done

# ---- licences ------------------------------------------------------------------
cp "$BI/LICENSE" "$STATIC/css/bootstrap-italia.LICENSE.txt"

OFL_SRC=""
FIRST_FAMILY_DIR="$(echo "$FONT_FAMILIES" | cut -d',' -f1 | sed 's/^ *//; s/ *$//' | tr ' ' '_')"
[[ -f "$BI/dist/fonts/$FIRST_FAMILY_DIR/OFL.txt" ]] && OFL_SRC="$BI/dist/fonts/$FIRST_FAMILY_DIR/OFL.txt"
if [[ -n "$OFL_SRC" ]]; then
  tr -d '\r' < "$OFL_SRC" > "$STATIC/fonts/OFL.txt"
else
  cat > "$STATIC/fonts/OFL.txt" <<'OFL_EOF'
Copyright (c) 2009-2011 by Accademia di Belle Arti di Urbino and students of MA course of Visual design. Some rights reserved.

This Font Software is licensed under the SIL Open Font License, Version 1.1.
This license is copied below, and is also available with a FAQ at:
https://openfontlicense.org


-----------------------------------------------------------
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font creation
efforts of academic and linguistic communities, and to provide a free and
open framework in which fonts may be shared and improved in partnership
with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply
to any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software components as
distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to, deleting,
or substituting -- in part or in whole -- any of the components of the
Original Version, by changing formats or by porting the Font Software to a
new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed, modify,
redistribute, and sell modified and unmodified copies of the Font
Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components,
in Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the corresponding
Copyright Holder. This restriction only applies to the primary font name as
presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created
using the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
OFL_EOF
fi
OFL_COPYRIGHT="$(head -n1 "$STATIC/fonts/OFL.txt")"

# axe-core (test-only)
cp "$NM/axe-core/axe.min.js" "$AXE_DIR/axe.min.js"
cp "$NM/axe-core/LICENSE" "$AXE_DIR/axe-core.LICENSE.txt"
[[ -f "$NM/axe-core/LICENSE-3RD-PARTY.txt" ]] && \
  cp "$NM/axe-core/LICENSE-3RD-PARTY.txt" "$AXE_DIR/axe-core.LICENSE-3RD-PARTY.txt"

# versions of what is compiled into Bootstrap Italia's CSS
BOOTSTRAP_UPSTREAM="$(grep -Eo 'Bootstrap +v[0-9][0-9.]*' "$BI/dist/css/bootstrap-italia.min.css" | head -n1 | grep -Eo '[0-9][0-9.]*' || echo '5.x')"
dep() { if [[ -f "$NM/$1/package.json" ]]; then echo "$(pkgver "$1") ($(pkglic "$1"))"; else echo "?"; fi; }
FONT_ROWS="$(node -e '
  const f = require(process.argv[1]);
  for (const x of f) console.log(`| \`fonts/${x.file}\` | ${x.family} | ${x.weight} | ${x.style} |`);
' "$TMP/fonts.json")"
if [[ "$HAVE_TEMPLATES" == 1 ]]; then
  TRIM_NOTE="trimmed with purgecss $PURGECSS_VERSION against \`crates/web/templates/**/*.html\` (safelist in \`scripts/vendor-assets.sh\`)"
else
  TRIM_NOTE="not trimmed (there were no templates when it was generated)"
fi

cat > "$STATIC/LICENSES.md" <<MD_EOF
# Third-party assets

Generated by \`scripts/vendor-assets.sh\`; re-run it to update. All assets are
self-hosted, nothing is loaded from a CDN.

## Bootstrap Italia

- Package: \`bootstrap-italia\` $BOOTSTRAP_ITALIA_VERSION (npm)
- Licence: BSD-3-Clause, see [\`css/bootstrap-italia.LICENSE.txt\`](css/bootstrap-italia.LICENSE.txt)
- Files:
  - \`css/bootstrap-italia.min.css\`: \`dist/css/bootstrap-italia.min.css\`, $TRIM_NOTE;
    the source-map comment is removed and \`@font-face\` rules for the fonts below are added
    (upstream injects them with JavaScript, \`plugins/fonts-loader.js\`).
  - \`css/bootstrap-italia.rtl.min.css\`: the same, converted to right-to-left with rtlcss $RTLCSS_VERSION.
- Styles compiled into that CSS come from:
  - Bootstrap $BOOTSTRAP_UPSTREAM, MIT licence, Copyright (c) 2011-2022 The Bootstrap Authors (text below)
  - \`design-tokens-italia\` $(dep design-tokens-italia)
  - \`@splidejs/splide\` $(dep @splidejs/splide)
  - \`video.js\` $(dep video.js), including the VideoJS icon font from \`videojs-font\` $(dep videojs-font), embedded as a \`data:\` URI
  - accessible-autocomplete styles (GOV.UK, MIT)

## Titillium Web (font)

- Source: the files shipped in \`bootstrap-italia\` $BOOTSTRAP_ITALIA_VERSION, \`dist/fonts/Titillium_Web/\` (woff2 only)
- Licence: SIL Open Font License 1.1, see [\`fonts/OFL.txt\`](fonts/OFL.txt)
- $OFL_COPYRIGHT

| file | family | font-weight | font-style |
| --- | --- | --- | --- |
$FONT_ROWS

Other families named by the CSS (\`Lora\` for \`.font-serif\`, \`Roboto Mono\` for monospace)
are not shipped; browsers fall back to Georgia / the system monospace font.

## AgorAL logo

- \`img/logo.svg\`, \`img/favicon.svg\`: original artwork of this project (not generated by the script).

## Test-only (not served)

- \`crates/web/tests/it/vendor/axe.min.js\`: \`axe-core\` $AXE_CORE_VERSION, MPL-2.0,
  see \`axe-core.LICENSE.txt\` and \`axe-core.LICENSE-3RD-PARTY.txt\` beside it.

## Build tools (not shipped)

- \`purgecss\` $PURGECSS_VERSION (MIT), \`rtlcss\` $RTLCSS_VERSION (MIT)

## Bootstrap MIT licence

\`\`\`
The MIT License (MIT)

Copyright (c) 2011-2022 The Bootstrap Authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
\`\`\`
MD_EOF

# ---- sizes ----------------------------------------------------------------------
echo "==> files"
find "$STATIC" "$AXE_DIR" -type f -printf '%s\t%p\n' | sort -k2 \
  | awk -F'\t' '{ printf "%9d  %s\n", $1, $2 }'
echo "==> totals"
du -sh --apparent-size "$STATIC" "$AXE_DIR"
