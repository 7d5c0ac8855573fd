# Reliability check: SIGKILL/resume loop, corrupt files, concurrent shards, full disk / read-only folder,
# bad input and divergence; prints the figures and ends with "runs lost: N". 5-13 minutes on 2 cores (docs/reliability.md).
# The fast part (specs/Reliability) also runs in `make test`.
.PHONY: reliability

reliability: build
	CONFIG=$(CONFIG) bash build/reliability.sh
