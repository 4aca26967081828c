#!/usr/bin/env bash
# Installs the Debian packages the test suites need (real-VS-Code e2e via code-server +
# Chromium, Neovim LSP client test, native module builds for code-server, screenshot fonts).
# Idempotent: if every package is already installed, apt is not touched at all.
# Must run as root (re-executes itself through sudo when available).
set -euo pipefail

PACKAGES=(
  chromium
  ripgrep
  neovim
  git
  libkrb5-dev
  libx11-dev
  libxkbfile-dev
  libsecret-1-dev
  pkg-config
  fonts-dejavu-core
)

is_installed() {
  local status
  status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]]
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -E bash "$0" "$@"
  fi
  echo "install-system-deps: must run as root (missing: ${missing[*]})" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

# Verify.
still_missing=()
for pkg in "${PACKAGES[@]}"; do
  is_installed "$pkg" || still_missing+=("$pkg")
done
if [[ ${#still_missing[@]} -ne 0 ]]; then
  echo "install-system-deps: still missing after install: ${still_missing[*]}" >&2
  exit 1
fi
echo "install-system-deps: done"
