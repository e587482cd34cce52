# Ondermijning: `make run` builds and starts the app, `make check` builds and runs every test.
# Both first install the Debian 12 packages they need (build-aux/install-deps.sh, apt-get,
# only what is missing). The build folder is build/. Set CI=true to build with -Werror.

BUILDDIR := build
WERROR := $(if $(CI),-Dwerror=true)
# Configures the build folder the first time; with CI set, an existing one gets -Werror too.
SETUP := if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(BUILDDIR) $(WERROR); \
	elif [ -n "$(CI)" ]; then meson configure $(BUILDDIR) -Dwerror=true; fi

.PHONY: run check stress clean

run:
	build-aux/install-deps.sh build
	$(SETUP)
	meson compile -C $(BUILDDIR)
	GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data OND_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	  $(BUILDDIR)/src/ondermijning

# Unit and data tests first, then the GUI tests on a private X server and D-Bus session; the
# last line counts both runs: "N passed, N failed".
check:
	build-aux/install-deps.sh test
	$(SETUP)
	rm -f $(BUILDDIR)/meson-logs/check-*.json
	meson compile -C $(BUILDDIR)
	@status=0; \
	meson test -C $(BUILDDIR) --suite unit --suite data --print-errorlogs --logbase check-main \
	  || status=1; \
	xvfb-run -a dbus-run-session -- \
	  meson test -C $(BUILDDIR) --suite gui --print-errorlogs --logbase check-gui || status=1; \
	build-aux/count-tests.sh $(BUILDDIR) check-main check-gui || status=1; \
	exit $$status

# The long crash-safety run: 200 kills per scenario instead of check's 15 (a few minutes).
STRESS_ROUNDS := 200
stress:
	build-aux/install-deps.sh test
	$(SETUP)
	meson compile -C $(BUILDDIR)
	OND_KILL_ROUNDS=$(STRESS_ROUNDS) meson test -C $(BUILDDIR) test-kill --print-errorlogs \
	  --timeout-multiplier 20

clean:
	rm -rf $(BUILDDIR)
