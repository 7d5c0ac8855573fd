# make bench-dispatch: cost of the pinned CPU kernel level (avx2) against native, on the ci shapes
# (build/bench-dispatch.sh; writes results/bench/cpu-dispatch.json). About 10 minutes on 2 cores.
.PHONY: bench-dispatch
bench-dispatch: build
	CONFIG=$(CONFIG) bash build/bench-dispatch.sh
