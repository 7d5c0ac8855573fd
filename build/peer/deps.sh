#!/bin/bash
# The PyTorch peer's dependencies (tools/pytorch): Debian's python3-torch (1.13.1, CPU) and libopenblas0-pthread
# (without it torch falls back to reference BLAS, about 5x slower). Installs them with apt when missing and this is
# root; otherwise says what is missing and exits 2.
set -uo pipefail
PY=${PEER_PYTHON:-/usr/bin/python3}
have_torch() { "$PY" -c "import torch, numpy" 2>/dev/null; }
have_blas() { dpkg-query -W -f='${Status}' libopenblas0-pthread 2>/dev/null | grep -q "ok installed"; }
if have_torch && have_blas; then exit 0; fi
if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
  echo "peer: $PY needs torch and numpy (Debian: apt-get install python3-torch libopenblas0-pthread; needs root)" >&2
  exit 2
fi
echo "peer: installing python3-torch and libopenblas0-pthread (apt-get)"
start=$(date +%s)
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-torch libopenblas0-pthread >/dev/null; } \
  || { echo "peer: apt-get could not install python3-torch and libopenblas0-pthread" >&2; exit 2; }
echo "peer: installed in $(( $(date +%s) - start )) s"
have_torch || { echo "peer: $PY still cannot import torch (is it Debian's python3? set PEER_PYTHON)" >&2; exit 2; }
