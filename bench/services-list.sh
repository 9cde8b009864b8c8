#!/usr/bin/env bash
# Server time of the services list with 5,000 services (or SERVICES),
# without the page cache, for several filter combinations.
# Usage: bench/services-list.sh [SERVICES] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -p agoral-web --example services_list -- "${1:-5000}" "${2:-200}"
