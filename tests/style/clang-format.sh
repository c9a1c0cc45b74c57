#!/bin/bash
# Every C source and header of the tree is laid out as the repository's
# .clang-format says (clang-format 14, Debian 12's). One TAP line per
# directory; skipped, and said so, when clang-format is not installed.
set -u
top=${top_srcdir:-.}

if ! command -v clang-format >/dev/null; then
	echo "1..0 # SKIP clang-format is not installed (apt-get install clang-format)"
	exit 0
fi

n=0
for dir in include core plugins formats tests docs/examples; do
	[ -d "$top/$dir" ] || continue
	n=$((n + 1))
	bad=$(find "$top/$dir" -name '*.[ch]' -print0 |
		xargs -0 -r -n 50 sh -c 'for f; do
			clang-format --style=file:"$0" --dry-run -Werror "$f" \
				>/dev/null 2>&1 || echo "$f"
		done' "$top/.clang-format")
	if [ -z "$bad" ]; then
		echo "ok $n - $dir is clang-format clean"
	else
		echo "not ok $n - $dir is not clang-format clean"
		echo "$bad" | sed 's/^/# run: clang-format -i /'
	fi
done
echo "1..$n"
