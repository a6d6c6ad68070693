#!/usr/bin/env bash
# Installs QuantBench's build and run dependencies from Debian 12 packages.
# Idempotent: packages already present are skipped, so the quick start can call it every time.
# Usage: install-deps.sh [--cluster]
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-svg-dev
  libqcustomplot-dev
  # The experiment log on a PostgreSQL server (postgresql:// in --db and the GUI's shared log).
  libqt6sql6-psql
  libtorch-dev zlib1g-dev
  # Without an optimized BLAS LibTorch falls back to the reference BLAS: fp32 matmuls run ~25x slower
  # and every speedup QuantBench reports would be inflated.
  libopenblas0-openmp
  dataset-fashion-mnist
  xvfb xauth
  appstream desktop-file-utils dpkg-dev file
  # The sanitize preset and the fuzzers (CI): clang with its ASan/UBSan/libFuzzer runtimes.
  clang libclang-rt-14-dev
)
# --cluster: also the services the cluster tests start on loopback (ctest -L cluster; .ci/run).
if [ "${1:-}" = "--cluster" ]; then
  packages+=(slurm-wlm munge postgresql-15)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
