#!/usr/bin/env bash
# Server time to render a story page without cache (1,500 words, 10 tags),
# side by side with a static file through the same stack, and the
# publish-to-visible latency. Usage: bench/article-render.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -p agoral-web --example render_article -- "${1:-2000}"
