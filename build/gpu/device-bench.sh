#!/usr/bin/env bash
# Expects .bundle/ffrepro-linux-x64.tar.xz (make gpu-bundle) and .bundle/ff_reference.py (a standalone PyTorch timing
# script of the paper recipe's epoch, not part of this repository) next to the
# checkout, and $OUT for what comes back. This is the script that produced results/bench/h100-*.
# Device call 1: CUDA agreement, ffrepro bench, and the PyTorch reference, side by side on one GPU.
set -uo pipefail
export PYTHONUNBUFFERED=1
mkdir -p /tmp/b && tar -C /tmp/b -xJf .bundle/ffrepro-linux-x64.tar.xz
B=/tmp/b/ffrepro
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee $OUT/gpu.txt
python3 -c "import torch;print(torch.__version__, torch.version.cuda)" | tee -a $OUT/gpu.txt
timeout 120 $B/run-gpu.sh bench --agreement cuda 2>&1 | tail -5 | tee $OUT/agreement.txt
# Host cost per operation: ffrepro (TorchSharp) and the same loop in PyTorch.
timeout 60 $B/run-gpu.sh bench overhead --device cuda 2>&1 | tail -2 | tee $OUT/op-overhead.txt
timeout 60 python3 -c "
import torch, time, statistics
a = torch.ones(1, device='cuda'); b = torch.ones(1, device='cuda'); n = 100000; us = []
for r in range(6):
    torch.cuda.synchronize(); t = time.perf_counter()
    for i in range(n): a.add(b)
    torch.cuda.synchronize(); us.append((time.perf_counter() - t) / n * 1e6)
print(f'op overhead on cuda (PyTorch {torch.__version__}): median {statistics.median(us[1:]):.2f} us per operation (fastest {min(us[1:]):.2f})')
" 2>&1 | tee -a $OUT/op-overhead.txt
# Device memory: TorchSharp exposes no CUDA memory statistics, so nvidia-smi samples the device-wide use (the
# caching allocator keeps what it reserved, so the peak is the largest workload's: 4x2000 with 30 seeds).
nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 200 > $OUT/gpu-memory-ffrepro.log 2>/dev/null & smi=$!
timeout 300 $B/run-gpu.sh bench --workloads 2x100,3x1000,4x2000 --seeds 30 --batches 500 --measured 2 --eval-images 10000 --device cuda --json $OUT/bench-ffrepro.json 2>&1 | tail -20 | tee $OUT/bench-ffrepro.txt
kill $smi 2>/dev/null
echo "peak device memory used (MiB): $(sort -n $OUT/gpu-memory-ffrepro.log | tail -1)" | tee -a $OUT/bench-ffrepro.txt
# The optimizer's two update paths on the large shapes (same bits): the default updates them tensor by tensor; this
# gathers their gradients into one tensor first (FFREPRO_GATHER_LIMIT, BatchedOptimizer.GatherLimit).
FFREPRO_GATHER_LIMIT=999999999999 timeout 120 $B/run-gpu.sh bench --workloads 3x1000,4x2000 --modes batched --seeds 30 --batches 500 --measured 2 --eval-images 0 --device cuda --json $OUT/bench-ffrepro-gathered.json 2>&1 | tail -4 | tee $OUT/bench-ffrepro-gathered.txt
for dw in "2 100" "3 1000" "4 2000"; do
  set -- $dw
  timeout 100 python3 .bundle/ff_reference.py --device cuda --depth $1 --width $2 --seeds 30 --mode batched --epochs 3
  timeout 60 python3 .bundle/ff_reference.py --device cuda --depth $1 --width $2 --seeds 1 --mode loop --epochs 3
done 2>&1 | tee $OUT/bench-reference.jsonl
