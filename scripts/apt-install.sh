#!/usr/bin/env bash
# Installs Debian packages non-interactively (root, or through sudo): the ensure-*.sh scripts
# call it when what the tests need is missing. Usage: apt-install.sh PACKAGE...
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "$@" >/dev/null
