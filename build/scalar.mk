# make scalar-audit: the banned list of TorchSharp members that drop a Scalar during the native call
# (build/BannedSymbols.TorchScalars.txt) against the pinned TorchSharp's IL (build/scalar-audit.sh, tools/scalar-lifetime).
.PHONY: scalar-audit
scalar-audit: build
	bash build/scalar-audit.sh
