# FFRepro: build, test and reproduce. `make help` lists the targets.
SHELL := /bin/bash
DOTNET ?= dotnet
CONFIG ?= Release
FFREPRO := $(DOTNET) harness/bin/$(CONFIG)/net10.0/linux-x64/ffrepro.dll
RESULTS ?= results
GRID ?= ci
DEVICE ?= cpu
SHARD ?= 1/1
SPEC ?= $(GRID)

.PHONY: help build test test-fast format format-check reproduce grid merge status stats report clean

help:
	@echo "make build                       build everything ($(CONFIG))"
	@echo "make test                        all specs"
	@echo "make test-fast                   all specs but the slow ones (the live ci grid)"
	@echo "make format / make format-check  apply / check the house style (.editorconfig) on every C# file"
	@echo "make reproduce                   ci grid on mnist10k on CPU, then merge, stats, report"
	@echo "make grid GRID=paper DEVICE=cuda SHARD=1/1   run (or resume) a grid or one shard"
	@echo "make status GRID=...             progress and ETA"
	@echo "make merge GRID=...              compact results/<grid>/runs into runs.parquet and curves.parquet"
	@echo "make stats GRID=... / make report GRID=..."

build:
	$(DOTNET) build FFRepro.sln -c $(CONFIG)

# Specs build the same configuration as every other target (Release by default): they test the binaries that train the
# grids, and one build serves `make test` and `make reproduce`.
test:
	$(DOTNET) test FFRepro.sln -c $(CONFIG)

test-fast:
	$(DOTNET) test FFRepro.sln -c $(CONFIG) --filter "Category!=Slow"

# Formatting, code style and analyzer findings against .editorconfig; CI runs format-check before the specs.
format:
	$(DOTNET) format FFRepro.sln
	$(DOTNET) format tools/scalar-lifetime/ScalarLifetime.csproj

format-check:
	$(DOTNET) format FFRepro.sln --verify-no-changes
	$(DOTNET) format tools/scalar-lifetime/ScalarLifetime.csproj --verify-no-changes

reproduce: build
	$(FFREPRO) grid run ci --device cpu --results $(RESULTS)
	$(FFREPRO) merge ci --results $(RESULTS)
	# report computes and writes results/ci/stats/*.parquet too when they are not current, so stats is not run separately
	$(MAKE) report GRID=ci

grid: build
	$(FFREPRO) grid run $(SPEC) --device $(DEVICE) --shard $(SHARD) --results $(RESULTS)

status:
	$(FFREPRO) grid status $(SPEC) --results $(RESULTS)

merge:
	$(FFREPRO) merge $(GRID) --results $(RESULTS)

stats:
	$(FFREPRO) stats $(GRID) --results $(RESULTS)

report:
	$(FFREPRO) report $(GRID) --results $(RESULTS)

clean:
	$(DOTNET) clean FFRepro.sln
	rm -rf TestResults

# Fragments of other parts of the build (e.g. build/data.mk); missing ones are fine.
-include build/*.mk
