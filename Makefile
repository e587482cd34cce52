# Ondermijning: `make run` builds and starts the app, `make check` builds and runs every test.
# Both first install the Debian 12 packages they need (build-aux/install-deps.sh, apt-get,
# only what is missing). The build folder is build/. Set CI=true to build with -Werror.

BUILDDIR := build
WERROR := $(if $(CI),-Dwerror=true)
# Configures the build folder the first time; with CI set, an existing one gets -Werror too.
SETUP := if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(BUILDDIR) $(WERROR); \
	elif [ -n "$(CI)" ]; then meson configure $(BUILDDIR) -Dwerror=true; fi

.PHONY: run check stress valgrind bench clean

run:
	build-aux/install-deps.sh build
	$(SETUP)
	meson compile -C $(BUILDDIR)
	GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data OND_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	  $(BUILDDIR)/src/ondermijning

# The PostgreSQL tests' private cluster (build-aux/pg-test-cluster.sh): a new folder
# /tmp/ond-pg.XXXXXX (under /tmp, so that the postgres user, which runs the server when make
# runs as root, can reach it), with the server's socket in it and no TCP port. PG_START, at the
# head of a recipe's one shell command, starts it and exports its conninfo as OND_TEST_PG to
# every test that command runs; its trap stops the server and removes the folder when that
# command ends: when the tests passed, when one failed and when make was interrupted.
PG_CLUSTER := build-aux/pg-test-cluster.sh
PG_START := pgdir=$$(mktemp -d /tmp/ond-pg.XXXXXX) || exit 1; \
	trap '$(PG_CLUSTER) stop "$$pgdir"' EXIT; \
	trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 143' TERM; \
	OND_TEST_PG=$$(OND_PG_OWNER=$$$$ $(PG_CLUSTER) start "$$pgdir") || exit 1; \
	export OND_TEST_PG;

# Memory and undefined-behaviour errors: every test runs again in a second build with
# AddressSanitizer and UndefinedBehaviorSanitizer (a report fails the test; leaks are
# valgrind's, `make valgrind`), and the libFuzzer targets (clang) run a fixed number of
# inputs from a fixed seed.
SANDIR := build-sanitize
FUZZDIR := build-fuzz
SAN_SETUP := if [ ! -f $(SANDIR)/build.ninja ]; then meson setup $(SANDIR) \
	-Db_sanitize=address,undefined -Db_lundef=false; fi
FUZZ_SETUP := if [ ! -f $(FUZZDIR)/build.ninja ]; then CC=clang meson setup $(FUZZDIR) \
	-Dfuzzing=true; fi
SAN_ENV := ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
FUZZ_TARGETS := tests/fuzz/fuzz-parsers tests/fuzz/fuzz-booking-import

# Unit, data and PostgreSQL (pg) tests first, then the GUI tests on a private X server and
# D-Bus session; then both again in the sanitizer build, and the fuzz targets. Every test run
# has the private PostgreSQL cluster (PG_START) in OND_TEST_PG. The last line counts every
# run: "N passed, N failed".
check:
	build-aux/install-deps.sh test
	$(SETUP)
	$(SAN_SETUP)
	$(FUZZ_SETUP)
	rm -f $(BUILDDIR)/meson-logs/check-*.json $(SANDIR)/meson-logs/check-*.json \
	  $(FUZZDIR)/meson-logs/check-*.json
	meson compile -C $(BUILDDIR)
	meson compile -C $(SANDIR)
	meson compile -C $(FUZZDIR) $(FUZZ_TARGETS)
	@$(PG_START) status=0; \
	meson test -C $(BUILDDIR) --suite unit --suite data --suite pg --print-errorlogs \
	  --logbase check-main || status=1; \
	xvfb-run -a dbus-run-session -- \
	  meson test -C $(BUILDDIR) --suite gui --print-errorlogs --logbase check-gui || status=1; \
	$(SAN_ENV) meson test -C $(SANDIR) --no-rebuild --suite unit --suite data --suite pg \
	  --timeout-multiplier 4 --print-errorlogs --logbase check-main || status=1; \
	$(SAN_ENV) xvfb-run -a dbus-run-session -- \
	  meson test -C $(SANDIR) --no-rebuild --suite gui --timeout-multiplier 4 --print-errorlogs \
	  --logbase check-gui || status=1; \
	meson test -C $(FUZZDIR) --no-rebuild --suite fuzz --print-errorlogs --logbase check-fuzz \
	  || status=1; \
	build-aux/count-tests.sh $(BUILDDIR) check-main check-gui \
	  $(SANDIR)/meson-logs/check-main $(SANDIR)/meson-logs/check-gui \
	  $(FUZZDIR)/meson-logs/check-fuzz || status=1; \
	exit $$status

# The long crash-safety run: 200 kills per scenario instead of check's 15 (a few minutes).
STRESS_ROUNDS := 200
stress:
	build-aux/install-deps.sh test
	$(SETUP)
	meson compile -C $(BUILDDIR)
	OND_KILL_ROUNDS=$(STRESS_ROUNDS) meson test -C $(BUILDDIR) test-kill --print-errorlogs \
	  --timeout-multiplier 20

# Leaks: every C test of the unit suite under valgrind (not the Python ones, nor test-kill,
# whose children are killed on purpose), with the private PostgreSQL cluster (PG_START) in
# OND_TEST_PG; a definite leak or a memory error fails the test.
# tests/valgrind.supp names the libraries' own leaks (fontconfig).
VALGRIND := valgrind --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --error-exitcode=1 --num-callers=30 \
	--suppressions=$(CURDIR)/tests/valgrind.supp
valgrind:
	build-aux/install-deps.sh test
	$(SETUP)
	meson compile -C $(BUILDDIR)
	@$(PG_START) tests=$$(meson test -C $(BUILDDIR) --no-rebuild --list --suite unit 2>/dev/null \
	  | sed -n 's|^ondermijning:unit / ||p' | grep -v -e '-cli$$' -e '^test-kill$$'); \
	G_SLICE=always-malloc meson test -C $(BUILDDIR) --no-rebuild --wrap='$(VALGRIND)' \
	  --timeout-multiplier 20 --print-errorlogs --logbase valgrind $$tests

# The benchmarks of bench/ (README, Performance; half an hour or more, most of it the
# application's start on 100,000 cases): each against its reference in the same run, on a
# private X server (the start to the first frame) and D-Bus session, with the private
# PostgreSQL cluster (PG_START) in OND_TEST_PG. Ends with the table of every RESULT line; exits
# non-zero when a benchmark missed its target.
bench:
	build-aux/install-deps.sh test
	$(SETUP)
	meson compile -C $(BUILDDIR)
	@$(PG_START) status=0; \
	xvfb-run -a dbus-run-session -- meson test -C $(BUILDDIR) --benchmark --no-rebuild \
	  --logbase bench || status=1; \
	echo; echo "| operation | ours | reference | ratio | target | met | peak memory |"; \
	echo "|---|---|---|---|---|---|---|"; \
	sed -n 's/^RESULT //p' $(BUILDDIR)/meson-logs/bench.txt; \
	exit $$status

clean:
	rm -rf $(BUILDDIR) $(SANDIR) $(FUZZDIR)
