# ariadrift — see README.md. `make demo` and `make test` are all a fresh
# Debian machine with Go needs.
GO       ?= go
BIN      := bin/ariadrift
PKGS     := ./...
FUZZTIME ?= 30s
BENCH_N  ?= 5000

.PHONY: all build test demo lint bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/ariadrift

# Every test, against a real PostgreSQL: $$ARIADRIFT_TEST_DSN or a throwaway
# cluster the harness starts. Fuzz targets run their seed corpus here.
test:
	$(GO) vet $(PKGS)
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) test -count=1 -timeout 30m $(PKGS)

demo: build
	ARIADRIFT=$(BIN) ./scripts/demo.sh

lint:
	$(GO) vet $(PKGS)
	@test -z "$$(gofmt -l .)" || { gofmt -l .; exit 1; }

bench: build
	ARIADRIFT=$(BIN) BENCH_N=$(BENCH_N) ./scripts/bench.sh

# Each fuzz target for FUZZTIME (e.g. make fuzz FUZZTIME=5m).
fuzz:
	FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh

clean:
	rm -rf bin
