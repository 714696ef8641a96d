#!/usr/bin/env bash
# Screenshots of every web page of `rostrum serve --demo` in headless Chromium, at a laptop
# width (1280px) and a phone width (390px), for a person to look at.
#
#   scripts/screenshots.sh [OUTPUT_DIR]        (default /tmp/rostrum-screens)
#
# Installs chromium with apt-get when it is missing, builds rostrum (debug), serves the bundled
# samples from a temporary database on a free port, waits for /healthz, takes the screenshots
# and stops the server. Set ROSTRUM_BIN to use an already built binary.
set -euo pipefail

OUT="${1:-/tmp/rostrum-screens}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

BROWSER="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$BROWSER" ]; then
    echo "screenshots: installing chromium…" >&2
    apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
    BROWSER="$(command -v chromium)"
fi

BIN="${ROSTRUM_BIN:-}"
if [ -z "$BIN" ]; then
    swift build --product rostrum >&2
    BIN="$(swift build --show-bin-path)/rostrum"
fi

WORK="$(mktemp -d /tmp/rostrum-screens-work.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

"$BIN" serve --demo --db "$WORK/demo.sqlite" --port "$PORT" --samples "$ROOT/samples" --log-level warning >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
    if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then cat "$WORK/server.log" >&2; echo "screenshots: the server stopped" >&2; exit 1; fi
    sleep 0.5
done
curl -fsS "$BASE/healthz" >/dev/null || { cat "$WORK/server.log" >&2; echo "screenshots: no answer from $BASE/healthz" >&2; exit 1; }

# Addresses that need an id are found from the pages themselves.
first_link() { curl -fsS "$BASE$1" | grep -o "href=\"$2[^\"]*\"" | head -1 | sed 's/^href="//; s/"$//'; }
SESSION="$(first_link /sessions /sessions/[0-9])"
SPEAKER="$(first_link /speakers /speakers/[0-9])"
ORGANIZATION="$(first_link /organizations /organizations/[0-9])"
TOPIC="$(first_link /topics /topics/)"

PAGES=(
    "home|/"
    "search|/search?q=trade+turnover"
    "search-sessions|/search?q=investment&view=sessions"
    "search-bad-query|/search?q=%22unclosed"
    "search-help|/search"
    "sessions|/sessions"
    "session|$SESSION"
    "speakers|/speakers"
    "speaker|$SPEAKER"
    "organizations|/organizations"
    "organization|$ORGANIZATION"
    "topics|/topics"
    "topic|$TOPIC"
    "figures|/figures"
    "figures-usd|/figures?unit=USD"
    "upload|/upload"
    "login|/login"
    "not-found|/sessions/999999"
)

mkdir -p "$OUT"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    for width in 1280 390; do
        height=$([ "$width" = 390 ] && echo 2400 || echo 1800)
        "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-dev-shm-usage \
            --user-data-dir="$WORK/profile" --window-size="$width,$height" \
            --screenshot="$OUT/$name-$width.png" "$BASE$path" >/dev/null 2>&1
    done
    echo "$OUT/$name-{1280,390}.png  $path"
done
echo "screenshots: $(ls "$OUT"/*.png | wc -l) files in $OUT"
