# Reads the committed results with DuckDB (@duckdb/node-api) and Polars (nodejs-polars), the README's example queries
# as written, and checks that the two engines agree. Needs Node.js and npm; exact versions pinned in build/readers/package.json.
.PHONY: readers

readers:
	cd build/readers && npm install --no-audit --no-fund --no-package-lock --loglevel=error
	node build/readers/check.mjs .
