#!/usr/bin/env bash
# Builds artifacts/ffrepro-linux-x64.tar.xz: a self-contained linux-x64 ffrepro with the external TorchSharp
# backend (no libtorch inside: it uses an installed PyTorch's), the shipped data (plus the full MNIST when
# `make data-mnist` installed it: the `paper` and `dynamics-mnist` grids need it), the grid specs and run-gpu.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/gpu-bundle
rm -rf "$out" && mkdir -p "$out"
dotnet publish harness/FFRepro.Harness.csproj -c Release -r linux-x64 --self-contained \
  -p:TorchBackend=external -p:InvariantGlobalization=true -p:DebugType=none -p:GenerateDocumentationFile=false \
  -o "$out/ffrepro" --nologo -v quiet
# A CPU libtorch next to the app would be found before PyTorch's (the app folder is probed first).
if ls "$out/ffrepro"/libtorch*.so >/dev/null 2>&1; then echo "gpu-bundle: libtorch found in the publish folder" >&2; exit 1; fi
mkdir -p "$out/ffrepro/data" "$out/ffrepro/grids"
cp -r data/mnist10k "$out/ffrepro/data/"
# The full MNIST as installed (gzip files checked against SHA256SUMS on every load); 11 MB, already compressed.
if [ -f data/mnist/SHA256SUMS ]; then cp -r data/mnist "$out/ffrepro/data/"; else echo "gpu-bundle: data/mnist not installed (make data-mnist): the bundle holds mnist10k only" >&2; fi
cp harness/grids/*.json "$out/ffrepro/grids/" 2>/dev/null || true
cp harness/gpu/run-gpu.sh "$out/ffrepro/"
# The commit the bundle was built from ("+" when the tree had uncommitted changes), for provenance without a checkout.
echo "$(git rev-parse HEAD 2>/dev/null || echo unknown)$( [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && echo +)" > "$out/ffrepro/SOURCE_COMMIT"
tar -C "$out" -cJf artifacts/ffrepro-linux-x64.tar.xz ffrepro
size=$(stat -c %s artifacts/ffrepro-linux-x64.tar.xz)
echo "artifacts/ffrepro-linux-x64.tar.xz: $((size / 1024 / 1024)) MiB"
# Under 56 MiB, so that the bundle and a results folder fit a 64 MiB upload to a GPU machine.
[ "$size" -le $((56 * 1024 * 1024)) ] || { echo "gpu-bundle: larger than 56 MiB" >&2; exit 1; }
