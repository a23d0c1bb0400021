#!/usr/bin/env bash
# npm run test:e2e — palermo in real clients: the packaged .vsix in the real VS Code workbench (code-server +
# Chromium + playwright-core), the extension-host mocha suites inside that VS Code (URL payload and
# @vscode/test-electron through a shim), Neovim's built-in LSP client and Emacs eglot, headless.
# Every check prints "ok - <client>: <feature>" or "not ok - …"; the last line is "N passed, N failed".
# A client that cannot start is a failure, never a skip.
#   E2E_ONLY="neovim emacs ui exthost electron"   run a subset (default: all)
#   E2E_SCREENSHOTS=docs/images                   also copy the UI screenshots there (README shows them)
# System packages (Debian): chromium neovim emacs-nox elpa-eglot ripgrep libkrb5-dev build-essential python3.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/.ci-out/e2e          # this run's profiles, workspaces, logs, screenshots (rebuilt every run)
CACHE=$ROOT/.ci-out/cache      # code-server install (rebuildable; never committed)
ONLY=" ${E2E_ONLY:-neovim emacs ui exthost electron} "
want() { [[ "$ONLY" == *" $1 "* ]]; }
export npm_config_nodedir=/usr npm_config_yes=true
export XDG_CONFIG_HOME=$OUT/xdg/config XDG_DATA_HOME=$OUT/xdg/data XDG_CACHE_HOME=$OUT/xdg/cache XDG_STATE_HOME=$OUT/xdg/state
rm -rf "$OUT"; mkdir -p "$OUT/shots" "$OUT/logs"
PASS=0; FAIL=0; T0=$SECONDS

# run NAME CMD…: runs a client, echoes its ok/not ok lines, counts them; a non-zero exit without a
# "not ok" line (a crash, a timeout, a client that never started) counts as one failure.
run() {
  local name=$1; shift
  local log="$OUT/logs/${name//[^a-zA-Z0-9_.-]/_}.log"
  local t=$SECONDS
  "$@" >"$log" 2>&1; local rc=$?
  grep -E '^(not )?ok - ' "$log"
  local ok nok; ok=$(grep -c '^ok - ' "$log"); nok=$(grep -c '^not ok - ' "$log")
  PASS=$((PASS + ok)); FAIL=$((FAIL + nok))
  if [ "$rc" -ne 0 ] && [ "$nok" -eq 0 ]; then
    FAIL=$((FAIL + 1)); echo "not ok - $name: exited $rc without finishing (log $log):"; tail -15 "$log" | sed 's/^/    /'
  fi
  echo "   ($name: $((SECONDS - t)) s)"
}
need() { command -v "$1" >/dev/null || { echo "not ok - $2: '$1' is not installed (apt-get install $3)"; FAIL=$((FAIL + 1)); return 1; }; }

echo "== build and package"
npm run -s build || { echo "not ok - build"; echo "0 passed, 1 failed"; exit 1; }
npx vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links -o "$OUT/palermo.vsix" </dev/null >"$OUT/logs/vsce.log" 2>&1 \
  || { tail -20 "$OUT/logs/vsce.log"; echo "not ok - vsce package"; echo "0 passed, 1 failed"; exit 1; }
echo "packaged $(du -k "$OUT/palermo.vsix" | cut -f1) KB .vsix"
run "feature switches" node test/e2e/features-check.mjs

# Each client gets its own copy of the workspace bills: quick fixes edit them.
fresh_ws() { rm -rf "$OUT/ws-$1"; mkdir -p "$OUT/ws-$1"; cp test/e2e/workspace/*.bill "$OUT/ws-$1/"; echo "$OUT/ws-$1"; }
BILLS=$(node -e 'for (const b of require("./test/e2e/scenarios.json").bills) console.log(b.file)')
export SERVER=$ROOT/bin/palermo-language-server.js SCENARIOS=$ROOT/test/e2e/scenarios.json FEATURES=$ROOT/test/features.json DECLARATION=$ROOT/data/declaration.json

if want neovim && need nvim neovim neovim; then
  echo "== Neovim $(nvim --version | head -1 | cut -d' ' -f2) (built-in LSP client, headless)"
  ws=$(fresh_ws nvim)
  for b in $BILLS; do run "neovim $b" timeout 60 nvim --headless --clean "$ws/$b" -c 'luafile test/e2e/nvim/palermo.lua'; done
fi

if want emacs && need emacs emacs "emacs-nox elpa-eglot"; then
  echo "== Emacs $(emacs --version | head -1 | cut -d' ' -f3) + eglot (batch)"
  if [ ! -d /usr/share/emacs/site-lisp/elpa/eglot-1.9 ] && ! ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1; then
    echo "not ok - emacs: eglot is not installed (apt-get install elpa-eglot)"; FAIL=$((FAIL + 1))
  else
    ws=$(fresh_ws emacs)
    for b in $BILLS; do run "emacs $b" timeout 60 emacs --batch -Q -l test/e2e/emacs/palermo.el "$ws/$b"; done
  fi
fi

if want ui || want exthost || want electron; then
  if need chromium "code-server" chromium && need rg "code-server" ripgrep; then
    echo "== code-server 4.100.3 (VS Code 1.100.3): install, cached in .ci-out/cache"
    t=$SECONDS
    if ! bash test/e2e/install-code-server.sh "$CACHE/code-server" >"$OUT/logs/code-server-install.log" 2>&1; then
      tail -30 "$OUT/logs/code-server-install.log"; echo "not ok - code-server: install failed"; FAIL=$((FAIL + 1))
    else
      echo "   (code-server ready in $((SECONDS - t)) s)"
      # shellcheck source=test/e2e/lib/code-server.sh
      source test/e2e/lib/code-server.sh
      if want ui; then
        echo "== VS Code UI (code-server + Chromium): the packaged .vsix"
        prepare_profile "$OUT/ui" && install_vsix "$OUT/ui" "$OUT/palermo.vsix" && start_cs 18765 "$OUT/ui" \
          && run "code-server UI" timeout 300 node test/e2e/ui.mjs http://127.0.0.1:18765 "$(fresh_ws ui)" "$OUT/shots" \
          || { echo "not ok - code-server UI: could not start (log $OUT/ui/cs.log)"; FAIL=$((FAIL + 1)); }
        stop_cs
        if [ -n "${E2E_SCREENSHOTS:-}" ]; then   # the pictures README shows
          mkdir -p "$E2E_SCREENSHOTS"
          for s in problems hover quickfix-act-transfer-missing snippet search walkthrough; do
            [ -f "$OUT/shots/$s.png" ] && cp "$OUT/shots/$s.png" "$E2E_SCREENSHOTS/"
          done
        fi
      fi
      if want exthost || want electron; then
        node test/e2e/suite/build.mjs >"$OUT/logs/suite-build.log" 2>&1 || { cat "$OUT/logs/suite-build.log"; echo "not ok - extension-host suites: build failed"; FAIL=$((FAIL + 1)); }
      fi
      if want exthost && [ -f "$ROOT/out/e2e/suite/index.js" ]; then
        echo "== extension-host mocha suites in code-server (extensionDevelopmentPath/extensionTestsPath payload)"
        prepare_profile "$OUT/exthost" && start_cs 18766 "$OUT/exthost" \
          && run "extension host" timeout 300 node test/e2e/exthost.mjs http://127.0.0.1:18766 "$(fresh_ws exthost)" "$ROOT" "$ROOT/out/e2e/suite/index.js" \
          || { echo "not ok - extension host: could not start (log $OUT/exthost/cs.log)"; FAIL=$((FAIL + 1)); }
        stop_cs
      fi
      if want electron && [ -f "$ROOT/out/e2e/suite/index.js" ]; then
        echo "== @vscode/test-electron runTests (through the code-server shim)"
        run "test-electron" timeout 300 node test/e2e/run-test-electron.mjs --shim "$(fresh_ws electron)"
      fi
    fi
  fi
fi

echo "== e2e finished in $((SECONDS - T0)) s; screenshots in $OUT/shots"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
