# The bash completion, installed where bash-completion looks for it
# (configure --with-bash-completion-dir; `no' leaves it out).
if BASH_COMPLETION
dist_bashcompletion_DATA = completion/netstat
else
EXTRA_DIST += completion/netstat
endif

# The harness: the script sourced, COMPREPLY checked for command lines.
TESTS += tests/completion/test_completion.sh
EXTRA_DIST += tests/completion/test_completion.sh
