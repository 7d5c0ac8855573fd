# The PyTorch peer (tools/pytorch, README "A PyTorch peer"). make crosscheck: FFRepro's training step against an
# independent PyTorch implementation, step by step, on fixed cases; writes results/crosscheck/SUMMARY.{md,json} and
# fails above the stated tolerance. make bench-peer: `ffrepro bench` and the PyTorch peer on the same shapes,
# interleaved; writes results/bench/cpu-peer.{json,md}. Both install Debian's python3-torch when missing (root, apt).
# libtorch's CPU kernels are pinned to AVX2 (as on machines without AVX-512) so results do not depend on the CPU.
PEER_PYTHON ?= /usr/bin/python3
PEER_ENV := OMP_NUM_THREADS=1 ATEN_CPU_CAPABILITY=avx2 MKL_ENABLE_INSTRUCTIONS=AVX2 PYTHONPATH=tools/pytorch FFREPRO_DATA=$(CURDIR)/data
CROSSCHECK_OUT ?= results/crosscheck
BENCH_PEER_REPS ?= 3
BENCH_PEER_SHAPES ?= 2x32,2x64,3x32,3x64,2x100,3x1000
# An absolute path, so that the processes can be told from other checkouts' on a shared machine.
PEER_FFREPRO := $(DOTNET) $(CURDIR)/harness/bin/$(CONFIG)/net10.0/linux-x64/ffrepro.dll

.PHONY: peer-deps crosscheck bench-peer

peer-deps:
	@PEER_PYTHON=$(PEER_PYTHON) bash build/peer/deps.sh

crosscheck: build peer-deps
	$(PEER_ENV) $(PEER_PYTHON) -m ffpeer.crosscheck --ffrepro "$(PEER_FFREPRO)" --out $(CROSSCHECK_OUT)

bench-peer: build peer-deps
	$(PEER_ENV) $(PEER_PYTHON) -m ffpeer.benchpeer --ffrepro "$(PEER_FFREPRO)" --python $(PEER_PYTHON) \
	  --shapes $(BENCH_PEER_SHAPES) --reps $(BENCH_PEER_REPS) --json results/bench/cpu-peer.json
