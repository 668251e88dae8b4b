// app/cli/args.cpp — the command-line parser and the --help texts (docs/cli.md).
//
// A small hand-written parser: a sub-command word, then options that may appear in any
// order around the one positional FILE. Every option names its command so that a typo
// ("--trce") is a usage error rather than a silently ignored flag.
#include "app/cli/args.h"

#include <charconv>
#include <filesystem>
#include <string_view>

namespace loopscope::cli {
namespace {

Command UsageError(std::string message) {
  Command c;
  c.kind = CommandKind::kUsageError;
  c.error = std::move(message);
  return c;
}

bool ParseSize(std::string_view text, int* w, int* h) {
  size_t x = text.find('x');
  if (x == std::string_view::npos) return false;
  auto parse = [](std::string_view s, int* out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && end == s.data() + s.size() && *out >= 64 && *out <= 8192;
  };
  return parse(text.substr(0, x), w) && parse(text.substr(x + 1), h);
}

// "pool=2,cores=1": the screenshot's what-if machine. Each key at most once, each value an
// integer from 1 to 1024 (the scenario ranges are applied again by scenario::ApplyWhatIf).
std::string ParseWhatIf(std::string_view spec, Command& c) {
  const std::string error = "--what-if expects pool=N and/or cores=N separated by a comma, got '" +
                            std::string(spec) + "'";
  while (!spec.empty()) {
    size_t comma = spec.find(',');
    std::string_view part = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    if (comma != std::string_view::npos && spec.empty()) return error;  // "pool=2,"
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) return error;
    std::string_view key = part.substr(0, eq), text = part.substr(eq + 1);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 1024)
      return error;
    std::optional<int>* slot = key == "pool"    ? &c.what_if_pool
                               : key == "cores" ? &c.what_if_cores
                                                : nullptr;
    if (!slot || slot->has_value()) return error;
    *slot = value;
  }
  return c.what_if_pool || c.what_if_cores ? "" : error;
}

bool ParseStep(std::string_view text, long long* out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size() && *out >= 0;
}

// Options that take a value, per command. Returns an error message, or "" when consumed.
std::string TakeOption(Command& c, std::string_view opt, const std::string& value) {
  bool is_run = c.kind == CommandKind::kRun, is_shot = c.kind == CommandKind::kScreenshot;
  bool has_window = is_shot || c.kind == CommandKind::kApp;
  if (is_run && opt == "--trace") return c.trace_out = value, "";
  if (is_run && opt == "--chrome-trace") return c.chrome_trace_out = value, "";
  if (is_run && opt == "--host") {
    if (value != "node" && value != "browser") return "--host expects 'node' or 'browser'";
    return c.host = value, "";
  }
  if (c.kind == CommandKind::kCompare && opt == "--hosts") {
    if (value != "node,browser") return "--hosts expects 'node,browser'";
    return c.compare_modules = false, "";
  }
  if (c.kind == CommandKind::kCompare && opt == "--as") {
    if (value != "cjs,esm") return "--as expects 'cjs,esm'";
    return c.compare_modules = true, "";
  }
  if (is_shot && opt == "--compare") {
    if (value != "hosts" && value != "modules") return "--compare expects 'hosts' or 'modules'";
    return c.compare_screen = value, "";
  }
  if (is_shot && opt == "--out") return c.png_out = value, "";
  if (has_window && opt == "--layout-report") return c.layout_report_out = value, "";
  if (is_shot && opt == "--what-if") return ParseWhatIf(value, c);
  if (is_shot && opt == "--step") {
    long long step = 0;
    if (!ParseStep(value, &step))
      return "--step expects a step number (0 or more), got '" + value + "'";
    c.step = step;
    return "";
  }
  if (has_window && opt == "--size") {
    if (!ParseSize(value, &c.width, &c.height))
      return "--size expects WIDTHxHEIGHT between 64 and 8192, e.g. 1600x900, got '" + value + "'";
    return "";
  }
  if (c.kind == CommandKind::kApp && opt == "--exit-after-frames") {
    long long frames = 0;
    if (!ParseStep(value, &frames) || frames == 0)
      return "--exit-after-frames expects a positive number";
    c.exit_after_frames = frames;
    return "";
  }
  if (has_window && opt == "--font-size") {
    long long px = 0;
    if (!ParseStep(value, &px) || px < 12 || px > 40)
      return "--font-size expects a pixel size from 12 to 40";
    c.font_size = static_cast<float>(px);
    return "";
  }
  if (has_window && opt == "--theme") {
    if (value != "light" && value != "dark") return "--theme expects 'light' or 'dark'";
    return c.theme = value, "";
  }
  return "unknown option '" + std::string(opt) + "'";
}

bool TakesValue(std::string_view opt) {
  return opt == "--trace" || opt == "--chrome-trace" || opt == "--host" || opt == "--out" ||
         opt == "--step" || opt == "--size" || opt == "--theme" || opt == "--exit-after-frames" ||
         opt == "--font-size" || opt == "--layout-report" || opt == "--what-if" ||
         opt == "--hosts" || opt == "--as" || opt == "--compare";
}

const char* CommandName(CommandKind k) {
  switch (k) {
    case CommandKind::kRun:
      return "run";
    case CommandKind::kCheck:
      return "check";
    case CommandKind::kList:
      return "list";
    case CommandKind::kScreenshot:
      return "screenshot";
    case CommandKind::kCompare:
      return "compare";
    default:
      return "";
  }
}

// Whether two paths name one file: the same file on disk, or the same path once made
// absolute and normal (for outputs that do not exist yet).
bool SameFile(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code same_ec, a_ec, b_ec;  // one each: not every call clears its error code
  if (fs::equivalent(a, b, same_ec)) return true;
  // Absolute first: a relative path none of whose parts exist comes back unchanged.
  fs::path x = fs::weakly_canonical(fs::absolute(a, a_ec), a_ec).lexically_normal();
  fs::path y = fs::weakly_canonical(fs::absolute(b, b_ec), b_ec).lexically_normal();
  return !a_ec && !b_ec && x == y;
}

// An export that would overwrite the program it records, or the other export: "" if none.
std::string ClobberError(const Command& c) {
  const std::pair<const char*, const std::string*> outputs[] = {
      {"--trace", &c.trace_out}, {"--chrome-trace", &c.chrome_trace_out}};
  for (const auto& [option, out] : outputs) {
    if (!out->empty() && SameFile(*out, c.file)) {
      return std::string(option) + " " + *out + " would overwrite the program FILE itself";
    }
  }
  if (!c.trace_out.empty() && !c.chrome_trace_out.empty() &&
      SameFile(c.trace_out, c.chrome_trace_out)) {
    return "--trace and --chrome-trace name the same file " + c.trace_out;
  }
  return "";
}

// Checks what each command requires once all arguments are read.
Command Finish(Command c) {
  std::string name = CommandName(c.kind);
  bool needs_file = c.kind == CommandKind::kRun || c.kind == CommandKind::kCheck ||
                    c.kind == CommandKind::kScreenshot || c.kind == CommandKind::kCompare;
  if (needs_file && c.file.empty())
    return UsageError(name + ": missing FILE (see loopscope " + name + " --help)");
  if (c.kind == CommandKind::kList && !c.file.empty()) return UsageError("list: takes no FILE");
  if (c.kind == CommandKind::kScreenshot && !c.step)
    return UsageError("screenshot: missing --step N");
  if (c.kind == CommandKind::kScreenshot && c.png_out.empty())
    return UsageError("screenshot: missing --out OUT.png");
  if (std::string err = ClobberError(c); !err.empty()) return UsageError(name + ": " + err);
  if (c.live && c.host == "browser")
    return UsageError("run: --live runs Node on real libuv; the browser host is simulated only");
  return c;
}

}  // namespace

Command ParseArgs(const std::vector<std::string>& args) {
  Command c;
  size_t i = 0;
  if (!args.empty()) {
    const std::string& first = args[0];
    if (first == "--version" || first == "-V") return Command{.kind = CommandKind::kVersion};
    if (first == "--help" || first == "-h" || first == "help") {
      return Command{.kind = CommandKind::kHelp, .help_topic = args.size() > 1 ? args[1] : ""};
    }
    if (first == "run") c.kind = CommandKind::kRun, i = 1;
    if (first == "check") c.kind = CommandKind::kCheck, i = 1;
    if (first == "list") c.kind = CommandKind::kList, i = 1;
    if (first == "screenshot") c.kind = CommandKind::kScreenshot, i = 1;
    if (first == "compare") c.kind = CommandKind::kCompare, i = 1;
  }
  for (; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      return Command{.kind = CommandKind::kHelp, .help_topic = CommandName(c.kind)};
    }
    bool takes_live = c.kind == CommandKind::kRun || c.kind == CommandKind::kScreenshot;
    if (takes_live && arg == "--live") {
      c.live = true;
      continue;
    }
    if (c.kind == CommandKind::kRun && arg == "--allow-long-runs") {
      c.allow_long_runs = true;
      continue;
    }
    if (c.kind == CommandKind::kApp && arg == "--frame-timing") {
      c.frame_timing = true;
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::string opt(arg), value;
      size_t eq = opt.find('=');
      if (eq != std::string::npos) {
        value = opt.substr(eq + 1), opt.resize(eq);
      } else if (TakesValue(opt)) {
        if (i + 1 >= args.size()) return UsageError(opt + " expects a value");
        value = args[++i];
      }
      if (std::string err = TakeOption(c, opt, value); !err.empty()) return UsageError(err);
      continue;
    }
    if (!c.file.empty())
      return UsageError("unexpected argument '" + std::string(arg) + "' (only one FILE)");
    c.file = arg;
  }
  return Finish(std::move(c));
}

std::string VersionText() {
  return std::string("loopscope ") + LOOPSCOPE_VERSION + "\n";
}

}  // namespace loopscope::cli
