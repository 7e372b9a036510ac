# chorus - build, test, demo. Plain GNU Make: one library, one CLI.
#   make            build build/chorus and build/libchorus.a
#   make demo       install what is missing, build, parse the example corpus
#   make test       install what is missing, build, run all tests
#   make SAN=1 test the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make CC=clang   any C11 compiler works; gcc and clang are both checked in CI
#   make fuzz       libFuzzer targets (clang)
#   make bench      benchmarks (results in bench/RESULTS.md)

CC      ?= cc
SHARED  ?= $(abspath ../shared)
ifeq ($(SAN),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      = -O1 -g
else
BUILD   ?= build
SANFLAGS =
OPT      = -O2 -g
endif

PKGS     = libutf8proc libxml-2.0 libcjson libxxhash zlib libexttextcat sqlite3 libmicrohttpd
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  ?= $(OPT)
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) $(SANFLAGS) \
             -Iinclude $(PKG_CFLAGS) -MMD -MP
LDLIBS   = $(PKG_LIBS) -lstemmer -lm -lpthread

LIB_SRC  = $(wildcard src/core/*.c src/text/*.c src/ingest/*.c src/sketch/*.c src/cluster/*.c src/eval/*.c src/extract/*.c src/brief/*.c src/store/*.c src/serve/*.c)
CLI_SRC  = $(wildcard src/cli/*.c)
GEN_SRC  = $(BUILD)/gen/wordlists.c $(BUILD)/gen/gazetteer.c
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/wordlists.o $(BUILD)/gen/gazetteer.o $(BUILD)/gen/assets.o
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC = $(wildcard tests/unit/*.c)
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/%.o)
DATA     = $(wildcard data/*/*.txt)

.PHONY: all deps demo test unit cli-test check clean fuzz bench
all: $(BUILD)/chorus $(BUILD)/libchorus.a

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/gen/wordlists.c: tools/gen_wordlists.sh $(DATA)
	@mkdir -p $(dir $@)
	sh tools/gen_wordlists.sh data > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/gazetteer.c: tools/gen_gazetteer.sh data/gazetteer.tsv
	@mkdir -p $(dir $@)
	sh tools/gen_gazetteer.sh data/gazetteer.tsv > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/assets.c: tools/gen_assets.sh $(wildcard web/*)
	@mkdir -p $(dir $@)
	sh tools/gen_assets.sh web > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) -std=c11 $(CFLAGS) $(SANFLAGS) -c $< -o $@

$(BUILD)/libchorus.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/chorus: $(CLI_OBJ) $(BUILD)/libchorus.a
	$(CC) $(SANFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libchorus.a $(LDLIBS)

$(BUILD)/tests/unit/t_all: $(TEST_OBJ) $(BUILD)/libchorus.a
	$(CC) $(SANFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libchorus.a $(LDLIBS) \
	    $(shell pkg-config --libs check)

deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh $(BUILD)/chorus

unit: $(BUILD)/tests/unit/t_all
	cd tests && CHORUS_SHARED=$(SHARED) CHORUS_BIN=$(abspath $(BUILD)/chorus) \
	    ../$(BUILD)/tests/unit/t_all

check: all $(BUILD)/tests/unit/t_all
	@CHORUS_SHARED=$(SHARED) sh tests/run.sh $(abspath $(BUILD))

test: deps
	@$(MAKE) --no-print-directory check

clean:
	rm -rf build build-san build-clang build-fuzz

FUZZ_TARGETS = $(patsubst fuzz/fz_%.c,build-fuzz/fz_%,$(wildcard fuzz/fz_*.c))
fuzz:
	$(MAKE) --no-print-directory CC=clang BUILD=build-fuzz \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libchorus.a
	@for f in $(wildcard fuzz/fz_*.c); do \
	    n=$$(basename $$f .c); \
	    clang -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -fsanitize=fuzzer,address,undefined \
	        -Iinclude $(PKG_CFLAGS) $$f build-fuzz/libchorus.a $(LDLIBS) -o build-fuzz/$$n || exit 1; \
	    echo "built build-fuzz/$$n"; done

# replays the seed corpora through the fuzz targets without libFuzzer
$(BUILD)/fuzz/replay_%: fuzz/fz_%.c fuzz/replay.c $(BUILD)/libchorus.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< fuzz/replay.c $(BUILD)/libchorus.a $(LDLIBS)

bench: all
	sh bench/run.sh $(BUILD)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

FUZZ_NAMES = $(patsubst fuzz/fz_%.c,%,$(wildcard fuzz/fz_*.c))
replay: $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay_%)
	@for n in $(FUZZ_NAMES); do printf 'fuzz replay %s: ' $$n; $(BUILD)/fuzz/replay_$$n fuzz/corpus/$$n || exit 1; done
