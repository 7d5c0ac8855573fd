# GPU bundle: a self-contained ffrepro for machines with a CUDA PyTorch (see README "Backends and GPUs").
.PHONY: gpu-bundle
gpu-bundle:
	bash build/gpu-bundle.sh
