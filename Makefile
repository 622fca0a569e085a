# teaser — build, test, install.  `make run` plays the default scenario in a
# window; `make test` runs the test suite. Both install missing Debian
# packages first through .ci/deps.

VERSION := 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build

# The core (engine/, engine/steps/) needs no SDL; the view (engine/view/) and
# the commands that draw do (docs/architecture.md).
CORE_PKGS := yaml-0.1 sqlite3 libpq
VIEW_PKGS := sdl2 SDL2_ttf libpng espeak-ng
CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS := -std=c11 -Wall -Wextra -Wpedantic -Werror
DEFINES := -D_XOPEN_SOURCE=700 -DTEASER_VERSION='"$(VERSION)"' \
	-DTEASER_SHARE_DIR='"$(PREFIX)/share/teaser"'
# Recursive (=) so that pkg-config runs after .ci/deps has installed the packages.
CORE_CFLAGS = $(shell pkg-config --cflags $(CORE_PKGS))
VIEW_CFLAGS = $(shell pkg-config --cflags $(CORE_PKGS) $(VIEW_PKGS))
CORE_LIBS = $(shell pkg-config --libs $(CORE_PKGS)) -lcsv -lm -pthread
PKG_LIBS = $(shell pkg-config --libs $(VIEW_PKGS)) $(CORE_LIBS)
TEST_LIBS = $(shell pkg-config --libs cmocka) -lsqlite3
BASE_CFLAGS = $(WARNINGS) $(DEFINES) -Iengine $(CFLAGS) -MMD -MP

CORE_SRC := $(wildcard engine/*.c engine/steps/*.c)
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
VIEW_SRC := $(wildcard engine/view/*.c engine/view/steps/*.c)
VIEW_OBJ := $(VIEW_SRC:%.c=$(BUILD)/obj/%.o)
CMD_SRC := $(filter-out engine/cmd/main.c,$(wildcard engine/cmd/*.c))
CMD_OBJ := $(CMD_SRC:%.c=$(BUILD)/obj/%.o)
CORE_LIB := $(BUILD)/libteaser-core.a
VIEW_LIB := $(BUILD)/libteaser-view.a
TEST_SRC := $(wildcard tests/test_*.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
# Tests of what draws (and test_play, which reads golden images with libpng)
# link the view and the commands too; every other test links the core alone,
# which proves that the logic needs no screen.
VIEW_TESTS := $(addprefix $(BUILD)/tests/,test_ui test_fit test_sound test_play test_speech test_theme)
BENCH_SRC := $(wildcard tests/bench/bench_*.c)
BENCH_BIN := $(BENCH_SRC:tests/bench/%.c=$(BUILD)/bench/%)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
FUZZ_SECONDS ?= 60
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
SCENARIO ?= scenarios/energy-move.yaml

.PHONY: all run test asan valgrind bench fuzz fuzz-run golden docs-images deps install uninstall clean FORCE

all: $(BUILD)/teaser

# Installs (as root) or names (otherwise) the Debian packages the build needs.
$(BUILD)/.deps: .ci/deps
	@sh .ci/deps
	@mkdir -p $(@D) && touch $@

deps:
	@sh .ci/deps

# Rebuild everything when the flags change (PREFIX and VERSION are compiled in).
FLAGS_ID = $(CC) $(CFLAGS) $(LDFLAGS) $(PREFIX) $(VERSION)
$(BUILD)/flags: FORCE | $(BUILD)/.deps
	@mkdir -p $(@D)
	@echo "$(FLAGS_ID)" | cmp -s - $@ || echo "$(FLAGS_ID)" > $@

# `make V=1` shows the full commands.
Q = $(if $(V),,@)

# The core is compiled without SDL's include path, so that it cannot use it.
$(CORE_OBJ): $(BUILD)/obj/%.o: %.c $(BUILD)/flags
	@mkdir -p $(@D)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/obj/%.o: %.c $(BUILD)/flags
	@mkdir -p $(@D)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(CC) $(BASE_CFLAGS) $(VIEW_CFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

$(VIEW_LIB): $(VIEW_OBJ) $(CMD_OBJ)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

$(BUILD)/teaser: $(BUILD)/obj/engine/cmd/main.o $(VIEW_LIB) $(CORE_LIB)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PKG_LIBS)

$(VIEW_TESTS): $(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(VIEW_LIB) $(CORE_LIB)
	@mkdir -p $(@D)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PKG_LIBS) $(TEST_LIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(CORE_LIB)
	@mkdir -p $(@D)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(CORE_LIBS) $(TEST_LIBS)

$(BUILD)/bench/%: $(BUILD)/obj/tests/bench/%.o $(VIEW_LIB) $(CORE_LIB)
	@mkdir -p $(@D)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $^ -o $@ $(PKG_LIBS)

# The suite's programs and teaser's commands under valgrind's memcheck.
valgrind: $(BUILD)/teaser $(TEST_BIN)
	@sh tests/valgrind.sh $(BUILD)

# Speed as measured figures (docs/performance.md); never part of make test.
bench: $(BUILD)/teaser $(BENCH_BIN)
	@sh .ci/deps bench
	@sh tests/bench/run.sh $(BUILD)

$(BUILD)/fuzz/%: $(BUILD)/obj/tests/fuzz/%.o $(CORE_LIB)
	@mkdir -p $(@D)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer $(LDFLAGS) $^ -o $@ $(CORE_LIBS)

# libFuzzer (clang) on the scenario loader and checker, the customer CSV reader
# and the scripted-input parser, FUZZ_SECONDS each, from the seed corpus in
# tests/fuzz/corpus/ (what it learns stays in build/fuzz/corpus/). A crash
# leaves its input as build/fuzz/crash-*: make it a regression test.
fuzz:
	@sh .ci/deps fuzz
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS='-O1 -g $(FUZZ_SAN)' \
		LDFLAGS='-fsanitize=address,undefined' fuzz-run

fuzz-run: $(FUZZ_BIN)
	@for t in $(FUZZ_BIN); do \
		name=$${t##*/fuzz_}; mkdir -p $(BUILD)/corpus/$$name; \
		echo "== $$name: $(FUZZ_SECONDS) s"; \
		$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
			-artifact_prefix=$(BUILD)/crash-$$name- $(BUILD)/corpus/$$name \
			tests/fuzz/corpus/$$name 2>$(BUILD)/fuzz-$$name.log || \
			{ tail -40 $(BUILD)/fuzz-$$name.log; exit 1; }; \
		grep -E "^(#[0-9]+.*DONE|Done)" $(BUILD)/fuzz-$$name.log | tail -1; \
	done

# Plays the default scenario in a window, from the start screen.
run: $(BUILD)/teaser
	$(BUILD)/teaser play $(SCENARIO)

# Each test program runs from the top of the tree, under a time limit so that
# a hang fails the suite instead of stalling it; those of the PostgreSQL store
# (test_*_pg) each in a throwaway cluster of their own (tests/pg_cluster.sh).
test: $(BUILD)/teaser $(TEST_BIN)
	@fail=0; echo "== layers: the core never draws"; \
	CC="$(CC)" sh tests/check_layers.sh $(BUILD) || fail=1; \
	for t in $(TEST_BIN); do \
		echo "== $$t"; \
		case $$t in *_pg) pg="sh tests/pg_cluster.sh run";; *) pg="";; esac; \
		TEASER_BIN=$(BUILD)/teaser timeout 600 $$pg $$t || fail=1; \
	done; \
	if [ $$fail = 0 ]; then echo "all tests passed ($(BUILD))"; else echo "TESTS FAILED"; exit 1; fi

SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
asan:
	$(MAKE) BUILD=build/asan CFLAGS='-O1 -g $(SAN)' LDFLAGS='$(SAN)' test

# Regenerates the golden screenshots after a deliberate change of a screen;
# look at every image before committing them.
golden: $(BUILD)/teaser $(BUILD)/tests/test_play
	TEASER_BIN=$(BUILD)/teaser $(BUILD)/tests/test_play >/dev/null 2>&1 || true
	cp build/play-g/01-intro.png build/play-g/02-ivr.png build/play-g/03-hold.png \
		build/play-g/04-hold-rating.png build/play-g/05-billing.png \
		build/play-g/07-move-form.png build/play-g/09-letter.png \
		build/play-g/22-looking-back-rating.png build/play-g/24-end.png \
		build/play-gs/00-start.png tests/golden/
	cp build/play-gd/00-overview.png tests/golden/group-00-overview.png
	cp build/play-gd/03-transfer.png tests/golden/group-03-transfer.png
	cp build/play-gd-waiting/00-waiting.png tests/golden/group-00-waiting.png
	cp build/play-gw/00-overview.png tests/golden/group-00-withheld.png
	cp build/play-wp/00a-predict-06-payment-letter.png tests/golden/predict-prompt.png
	cp build/play-wpnl/00a-predict-06-payment-letter.png tests/golden/predict-prompt-nl.png
	cp build/play-wp/23-end.png tests/golden/predict-end.png
	cp build/play-wpnl/23-end.png tests/golden/predict-end-nl.png
	cp build/play-gp/overview.png tests/golden/group-predicted-overview.png
	cp build/play-gp/payment-letter.png tests/golden/group-predicted-06.png
	cp build/play-gp/payment-letter-nl.png tests/golden/group-predicted-06-nl.png
	for f in 02-ivr 04-hold-rating 05-billing 07-move-form 09-letter; do \
		cp build/play-hc/$$f.png tests/golden/hc15-$$f.png; done
	cp build/play-hcs/00-start.png tests/golden/hc15-00-start.png

# Makes the tutorial's screenshots and the report picture in docs/images/ again.
docs-images: $(BUILD)/teaser
	sh docs/tutorial/images.sh $(BUILD)/teaser

install: $(BUILD)/teaser
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/teaser
	install -m 755 $(BUILD)/teaser $(DESTDIR)$(PREFIX)/bin/teaser
	sed 's|/usr/local/|$(PREFIX)/|g' docs/teaser.1 >$(DESTDIR)$(PREFIX)/share/man/man1/teaser.1
	chmod 644 $(DESTDIR)$(PREFIX)/share/man/man1/teaser.1
	install -d $(DESTDIR)$(PREFIX)/share/doc/teaser
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/teaser/
	rm -rf $(DESTDIR)$(PREFIX)/share/teaser/scenarios $(DESTDIR)$(PREFIX)/share/teaser/assets
	cp -R scenarios assets $(DESTDIR)$(PREFIX)/share/teaser/
	chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/share/teaser

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/teaser $(DESTDIR)$(PREFIX)/share/man/man1/teaser.1
	rm -rf $(DESTDIR)$(PREFIX)/share/teaser $(DESTDIR)$(PREFIX)/share/doc/teaser

clean:
	rm -rf build

FORCE:

# Keep objects of test programs (make would delete them as intermediates).
.SECONDARY: $(TEST_SRC:%.c=$(BUILD)/obj/%.o) $(BENCH_SRC:%.c=$(BUILD)/obj/%.o) \
	$(FUZZ_SRC:%.c=$(BUILD)/obj/%.o)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
