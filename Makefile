# JCR Desk — the two commands: `make run` and `make test`.
# Both create .venv on first use and are quick the second time (stamp files).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.stamp-run
TEST_STAMP := $(VENV)/.stamp-test
SYSTEM_STAMP := $(VENV)/.stamp-system
TEST_SYSTEM_STAMP := $(VENV)/.stamp-system-test
INSTALLER_STAMP := $(VENV)/.stamp-installer

TS_FILES := resources/translations/jcr_desk_ja.ts
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint smoke screenshot bench clean system-deps translations installer \
        install-desktop

run: $(RUN_STAMP) $(SYSTEM_STAMP) $(QM_FILES)
	$(BIN)/jcr-desk

test: $(TEST_STAMP) $(TEST_SYSTEM_STAMP) $(QM_FILES)
	$(BIN)/ruff check jcr_desk tests bench installer
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check jcr_desk tests bench installer

smoke: $(RUN_STAMP) $(SYSTEM_STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/jcr-desk --smoke smoke
	QT_QPA_PLATFORM=offscreen $(BIN)/jcr-desk --lang ja --smoke smoke/ja

screenshot: $(RUN_STAMP) $(SYSTEM_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/readme_screenshot.py

bench: $(TEST_STAMP)
	$(BIN)/python -m bench

# The Japanese interface. `make translations` refreshes the .ts (the source of truth) from
# the code with pyside6-lupdate and fills it from the reviewed glossary dictionary; the
# window loads the .qm, compiled from the .ts whenever it is missing or older.
translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate $$(find jcr_desk -name '*.py' | sort) -no-obsolete -locations none \
		-ts $(TS_FILES)
	$(BIN)/python installer/fill_translations.py $(TS_FILES)

%.qm: %.ts | $(BIN)/python
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The tests build the installer bundle too (tests/installer), so they get PyInstaller.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,installer]"
	touch $@ $(RUN_STAMP) $(INSTALLER_STAMP)

# The frozen bundle for this OS in dist/jcr-desk/, checked by running it (installer/README.md).
installer: $(INSTALLER_STAMP) $(SYSTEM_STAMP) $(QM_FILES)
	$(BIN)/python installer/build.py

$(INSTALLER_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[installer]"
	touch $@ $(RUN_STAMP)

# The menu entry, the .jcrcase file type and the icon for the current Linux user.
install-desktop: $(RUN_STAMP)
	sh installer/linux/install-desktop.sh

# Debian packages the window needs on a fresh Linux machine (a CJK font, so
# Japanese names draw as glyphs and not boxes). Skipped where they are present
# or where apt-get is not available (Windows, macOS).
$(SYSTEM_STAMP): installer/system-deps.sh | $(BIN)/python
	sh installer/system-deps.sh
	touch $@

# The tests also recalculate exported committee workbooks in LibreOffice Calc (headless)
# and check the Linux desktop files with the desktop's own tools.
$(TEST_SYSTEM_STAMP): installer/system-deps.sh | $(BIN)/python
	JCR_DESK_LIBREOFFICE=1 JCR_DESK_TEST_TOOLS=1 sh installer/system-deps.sh
	touch $@ $(SYSTEM_STAMP)

system-deps:
	sh installer/system-deps.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
