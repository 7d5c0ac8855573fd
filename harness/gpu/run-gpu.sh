#!/usr/bin/env bash
# Runs the bundled ffrepro against the libtorch of an installed PyTorch (CUDA or CPU build).
# Usage: ./run-gpu.sh <ffrepro arguments...>      e.g. ./run-gpu.sh grid run grids/paper-mnist10k.json --device cuda
# PYTHON selects the interpreter that has torch (default: python3).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${PYTHON:-python3}"
torch_lib="$("$py" -c 'import torch, os; print(os.path.join(os.path.dirname(torch.__file__), "lib"))' 2>/dev/null)" || {
  echo "run-gpu.sh: '$py' cannot import torch; set PYTHON to an interpreter with PyTorch installed." >&2
  exit 2
}
[ -f "$torch_lib/libtorch.so" ] || { echo "run-gpu.sh: no libtorch.so in $torch_lib" >&2; exit 2; }
# PyTorch wheels ship CUDA's libraries as nvidia-* packages beside torch; libtorch_cuda.so needs them on the path.
site="$(dirname "$(dirname "$torch_lib")")"
nvidia_libs="$(find "$site/nvidia" -maxdepth 3 -type d -name lib 2>/dev/null | tr '\n' ':' || true)"
export LD_LIBRARY_PATH="$torch_lib:${nvidia_libs}${LD_LIBRARY_PATH:-}"
export FFREPRO_LIBTORCH="$torch_lib"
export FFREPRO_DATA="${FFREPRO_DATA:-$here/data}"
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
[ -f "$here/SOURCE_COMMIT" ] && export FFREPRO_GIT_COMMIT="${FFREPRO_GIT_COMMIT:-$(cat "$here/SOURCE_COMMIT")}"
exec "$here/ffrepro" "$@"
