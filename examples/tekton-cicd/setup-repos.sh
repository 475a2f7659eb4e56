#!/bin/sh
# Creates the two Git repositories the example's Pipeline talks to, as local bare repositories:
#   DIR/app.git             the sample application (app/), one commit on main
#   DIR/gitops-configs.git  the GitOps repository (../gitops-configs), one commit on main
# The commits have a fixed author, committer and date, so the application's commit id is the
# same on every machine: the one push-event.json names as "after". Prints that commit id.
#
#   sh examples/tekton-cicd/setup-repos.sh /tmp/tekton-cicd-repos
set -eu
if [ $# -ne 1 ]; then
  echo "usage: $0 DIR   (creates DIR/app.git and DIR/gitops-configs.git)" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$1"
dir="$(cd "$1" && pwd)"

export GIT_AUTHOR_NAME="Example Developer" GIT_AUTHOR_EMAIL="dev@company.com"
export GIT_COMMITTER_NAME="Example Developer" GIT_COMMITTER_EMAIL="dev@company.com"
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
# The user's own Git settings (hooks, signing, templates) stay out of these commits.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

repo() { # repo NAME SOURCE-DIR MESSAGE
  work="$dir/$1.work"
  rm -rf "$work" "$dir/$1.git"
  mkdir -p "$work"
  cp -R "$2"/. "$work"
  git -c init.defaultBranch=main init -q "$work"
  git -C "$work" add -A
  git -C "$work" -c commit.gpgSign=false commit -q -m "$3"
  git clone -q --bare "$work" "$dir/$1.git"
  rm -rf "$work"
}

repo app "$here/app" "Sample application"
repo gitops-configs "$here/../gitops-configs" "GitOps configuration"
git -C "$dir/app.git" rev-parse refs/heads/main
