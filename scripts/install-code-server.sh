#!/usr/bin/env bash
# Installs code-server (VS Code built to run in a browser) into a cache directory outside
# the repository, for end-to-end tests against a real VS Code extension host.
# Follows /work/shared/recipes/real-vscode.md: code-server's own postinstall cannot run
# here (it refuses to run as root, and @vscode/ripgrep downloads from GitHub), so its
# steps are done by hand.
#
#   Cache: ${PLAIN_IG_CACHE:-$HOME/.cache/plain-ig}/code-server-4.100.3/package
#   Done when: .../code-server-4.100.3/.complete exists
#
# Idempotent: when the marker exists it exits at once. The install is built in a temporary
# directory next to the destination and renamed into place only when every step passed,
# so an interrupted run never leaves a half install marked complete.
#
# Progress goes to stderr; stdout gets exactly one line, the path of
# package/out/node/entry.js, so callers can do ENTRY="$(scripts/install-code-server.sh)".
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_ROOT="${PLAIN_IG_CACHE:-$HOME/.cache/plain-ig}"
DEST="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$DEST/.complete"
ENTRY="$DEST/package/out/node/entry.js"

log() { echo "install-code-server: $*" >&2; }

if [[ -f "$MARKER" && -f "$ENTRY" ]]; then
  log "already installed (marker $MARKER)"
  echo "$ENTRY"
  exit 0
fi

mkdir -p "$CACHE_ROOT"

# One installer at a time; a second concurrent run waits, then sees the marker.
exec 9>"$CACHE_ROOT/.code-server-$CODE_SERVER_VERSION.lock"
flock 9
if [[ -f "$MARKER" && -f "$ENTRY" ]]; then
  log "installed by a concurrent run (marker $MARKER)"
  echo "$ENTRY"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != "20" ]]; then
  log "warning: code-server $CODE_SERVER_VERSION targets Node 20, found Node $(node --version)"
fi

# Debian packages (ripgrep, native build headers, chromium for the tests).
"$SCRIPT_DIR/install-system-deps.sh" >&2

RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
  log "ripgrep (rg) not found after install-system-deps.sh"
  exit 1
fi

# Holding the lock, any leftover build or old dirs are from a killed run: remove them.
rm -rf "$CACHE_ROOT/.code-server-$CODE_SERVER_VERSION.build."* "$CACHE_ROOT/.code-server-$CODE_SERVER_VERSION.old."*

# Build on the same filesystem as $DEST so the final rename is atomic.
BUILD="$(mktemp -d "$CACHE_ROOT/.code-server-$CODE_SERVER_VERSION.build.XXXXXX")"
chmod 755 "$BUILD"  # mktemp -d makes it 0700
OLD=""
cleanup() {
  rm -rf "$BUILD"
  if [[ -n "$OLD" ]]; then rm -rf "$OLD"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start=$SECONDS
log "building in $BUILD"

# npm's own output goes to stderr so that stdout carries only the final path.
cd "$BUILD"
log "npm pack code-server@$CODE_SERVER_VERSION"
npm pack --loglevel=warn "code-server@$CODE_SERVER_VERSION" >&2
tarball="code-server-$CODE_SERVER_VERSION.tgz"
tar -xzf "$tarball"
rm -f "$tarball"
PKG="$BUILD/package"

log "[1/6] package/: npm install --omit=dev --ignore-scripts"
(cd "$PKG" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)

log "[2/6] lib/vscode/: npm install --omit=dev --ignore-scripts"
(cd "$PKG/lib/vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)

log "[3/6] lib/vscode/: rebuild native modules"
(cd "$PKG/lib/vscode" && npm_config_yes=true npm rebuild \
  @vscode/spdlog @parcel/watcher @vscode/deviceid kerberos native-watchdog node-pty >&2)

log "[4/6] lib/vscode/: Debian ripgrep + node_modules.asar link"
mkdir -p "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin"
cp "$RG" "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
chmod 755 "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
(cd "$PKG/lib/vscode" && ln -sfn node_modules node_modules.asar)

log "[5/6] lib/vscode/extensions/: npm install --omit=dev --ignore-scripts"
(cd "$PKG/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)

log "[6/6] package/: npm rebuild argon2"
(cd "$PKG" && npm rebuild argon2 >&2)

# Sanity checks before marking the install complete.
log "checking the install"
# code-server writes a default config.yaml and logs on every start; keep them out of $HOME.
check_home="$BUILD/.check-home"
version_out="$(cd "$BUILD" && XDG_CONFIG_HOME="$check_home/config" XDG_DATA_HOME="$check_home/data" \
  node "$PKG/out/node/entry.js" --version 2>&1)"
rm -rf "$check_home"
if ! grep -q "^$CODE_SERVER_VERSION " <<<"$version_out"; then
  log "entry.js --version printed '$version_out', expected $CODE_SERVER_VERSION"
  exit 1
fi
log "$(grep "^$CODE_SERVER_VERSION " <<<"$version_out")"
(cd "$PKG/lib/vscode" && node -e '
  for (const m of ["@vscode/spdlog", "@parcel/watcher", "@vscode/deviceid", "kerberos", "native-watchdog", "node-pty"]) require(m);
') >&2
(cd "$PKG" && node -e 'require("argon2")') >&2
"$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null

date -u +%Y-%m-%dT%H:%M:%SZ >"$BUILD/.complete"

# Commit: move any stale (incomplete) install aside, rename the new one into place.
if [[ -e "$DEST" ]]; then
  OLD="$CACHE_ROOT/.code-server-$CODE_SERVER_VERSION.old.$$"
  mv "$DEST" "$OLD"
fi
mv "$BUILD" "$DEST"
log "installed in $((SECONDS - start))s: $DEST"
echo "$ENTRY"
