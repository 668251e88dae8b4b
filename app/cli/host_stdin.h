// app/cli/host_stdin.h — what `loopscope run` gives the program as its stdin: its own fd 0.
//
// The kind follows libuv's uv_guess_handle, as node's getStdin does: a pipe or socket is
// a pipe, a terminal a TTY, anything else (a regular file, /dev/null) a file. The bytes are
// read to the end the first time the program asks for stdin (never, for a program that
// does not), at most scenario::kMaxStdinBytes. A terminal is not read: the simulator models
// it as a terminal whose input ends at once (docs/cli.md, stdin).
#pragma once

#include "engine/scenario/scenario.h"

namespace loopscope::cli {

scenario::StdinSource HostStdin();

}  // namespace loopscope::cli
