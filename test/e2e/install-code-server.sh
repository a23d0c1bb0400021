#!/usr/bin/env bash
# install-code-server.sh PREFIX — code-server 4.100.3 (the last release whose engines.node is 20) from the npm
# registry only. Its own postinstall would download ripgrep from GitHub (no network for that here) and, run by
# `npm i -g`, installs lib/vscode globally by mistake; so we do what postinstall.sh does, by hand:
# Debian `ripgrep` replaces @vscode/ripgrep's download, Debian `libkrb5-dev` lets the kerberos addon build.
# Idempotent: a finished install leaves PREFIX/.complete and is reused (the cache is rebuildable, never committed).
set -euo pipefail
export npm_config_yes=true      # node-pty's install runs `npx node-gyp`; a user .npmrc may say yes=false
export npm_config_nodedir=/usr  # build addons against /usr/include/node instead of downloading headers
PREFIX=${1:?usage: install-code-server.sh PREFIX}
VERSION=4.100.3
if [ -f "$PREFIX/.complete" ] && [ "$(cat "$PREFIX/.complete")" = "$VERSION" ]; then exit 0; fi
for need in rg g++ make python3; do command -v "$need" >/dev/null || { echo "install-code-server: $need missing (apt: ripgrep build-essential python3)"; exit 1; }; done
[ -f /usr/include/gssapi/gssapi.h ] || { echo "install-code-server: libkrb5-dev missing (kerberos addon)"; exit 1; }
rm -rf "$PREFIX"; mkdir -p "$PREFIX"; cd "$PREFIX"
echo '{"name":"palermo-e2e-code-server","private":true}' > package.json
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION"
npm rebuild argon2 --dangerously-allow-all-scripts
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # its postinstall exits early when bin/ exists
npm rebuild --dangerously-allow-all-scripts --foreground-scripts
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
cd extensions
npm install --no-audit --no-fund --omit=dev --ignore-scripts
npm rebuild --dangerously-allow-all-scripts --foreground-scripts
echo "$VERSION" > "$PREFIX/.complete"
echo "code-server $VERSION installed in $PREFIX"
