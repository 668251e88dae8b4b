// engine/scenario/loader.cpp — LoadFile / LoadFromText: pick the form by extension, read
// files within their size limits, resolve `source_file` inside the scenario's folder.
//
// JSON pre-checks and parsing live in json_text.cpp, the schema in validate.cpp. Whatever
// goes wrong, the result holds diagnostics and no Scenario: nothing half-loads.
#include "engine/scenario/loader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "engine/scenario/json_text.h"
#include "engine/scenario/sibling_modules.h"
#include "engine/scenario/stops.h"
#include "engine/scenario/validate.h"

namespace loopscope::scenario {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

LoadResult Failure(std::vector<Diagnostic> errors) {
  return {std::nullopt, std::move(errors)};
}

LoadResult Failure(const std::string& file, std::string message) {
  return Failure({Diagnostic{file, 0, 0, "", std::move(message)}});
}

std::string LowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// Reads a regular file of at most `max_bytes`, refusing larger ones before reading them.
std::optional<std::string> ReadSmallFile(const std::string& path, size_t max_bytes,
                                         std::string& error) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return error = "cannot open: no such file", std::nullopt;
  if (fs::is_directory(status)) return error = "cannot open: it is a directory", std::nullopt;
  if (!fs::is_regular_file(status)) return error = "cannot open: not a regular file", std::nullopt;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) return error = "cannot read: " + ec.message(), std::nullopt;
  if (size > max_bytes)
    return error = "file is " + OverLimit(size, max_bytes) + ", refusing to load", std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) return error = "cannot read the file", std::nullopt;
  return text.str();
}

// Checks a program's text (inline, a `.js` file or a `source_file`): size and UTF-8.
std::vector<Diagnostic> CheckProgramText(std::string_view text, const std::string& file) {
  if (text.size() > kMaxSourceBytes)
    return {{file, 0, 0, "",
             "program is " + OverLimit(text.size(), kMaxSourceBytes) + ", refusing to load"}};
  if (const auto bad = FindInvalidUtf8(text))
    return {DiagnosticAt(text, *bad, file, "invalid UTF-8 (a program must be UTF-8 text)")};
  return {};
}

// Node strips a leading byte order mark from CommonJS modules (lib/internal/modules/cjs/loader.js
// stripBOM).
std::string StripBom(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  return std::string(text);
}

LoadResult LoadJs(std::string_view text, const std::string& path) {
  if (auto errors = CheckProgramText(text, path); !errors.empty())
    return Failure(std::move(errors));
  Scenario s;
  s.name = fs::path(path).filename().string();
  s.file_path = path;
  s.source_name = s.name;
  s.source = StripBom(text);
  s.is_module = LowerExtension(path) == ".mjs";
  return {std::move(s), {}};
}

// Resolves `relative` against the scenario's folder; it must stay inside that folder
// (after following symlinks), because scenarios are shared between strangers.
std::optional<std::string> ResolveSourceFile(const std::string& scenario_path,
                                             const std::string& relative, Checker& check) {
  const fs::path rel(relative);
  if (relative.empty() || rel.is_absolute() || relative.find('\0') != std::string::npos) {
    check.Error("/source_file",
                "expected a path relative to the scenario's folder, got \"" + relative + "\"");
    return std::nullopt;
  }
  std::error_code ec;
  const fs::path folder =
      fs::weakly_canonical(fs::absolute(fs::path(scenario_path), ec).parent_path(), ec);
  const fs::path target = fs::weakly_canonical(folder / rel, ec);
  const auto [folder_end, _] =
      std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
  if (ec || folder_end != folder.end()) {
    check.Error("/source_file", "\"" + relative +
                                    "\" is outside the scenario's folder; a scenario may only use "
                                    "files beside or below it");
    return std::nullopt;
  }
  return target.string();
}

// Reads the program named by `source_file` into `out.source`.
void LoadSourceFile(const std::string& scenario_path, const std::string& relative, Checker& check,
                    Scenario& out, std::vector<Diagnostic>& errors) {
  const auto target = ResolveSourceFile(scenario_path, relative, check);
  if (!target) return;
  std::string error;
  const auto text = ReadSmallFile(*target, kMaxSourceBytes, error);
  if (!text) {
    check.Error("/source_file", "\"" + relative + "\": " + error);
    return;
  }
  if (auto text_errors = CheckProgramText(*text, *target); !text_errors.empty()) {
    errors.insert(errors.end(), text_errors.begin(), text_errors.end());
    return;
  }
  out.source = StripBom(*text);
  out.source_name = fs::path(*target).filename().string();
}

LoadResult LoadJson(std::string_view text, const std::string& path) {
  if (text.size() > kMaxScenarioFileBytes)
    return Failure(
        path, "file is " + OverLimit(text.size(), kMaxScenarioFileBytes) + ", refusing to load");
  ParsedJson parsed = ParseJsonText(text, path);
  if (!parsed.value) return Failure(std::move(parsed.errors));
  std::vector<Diagnostic> errors;
  Checker check(path, errors);
  Scenario s;
  s.file_path = path;
  const ProgramRef program = ValidateScenarioJson(*parsed.value, check, s);
  if (program.source) {
    s.source = StripBom(*program.source);
    // An inline program is named after its scenario, so stack traces point somewhere sensible.
    s.source_name = fs::path(path).stem().string() + (s.is_module ? ".mjs" : ".js");
  } else if (program.source_file) {
    LoadSourceFile(path, *program.source_file, check, s, errors);
  }
  if (errors.empty()) CheckStopLines(s, check);
  if (!errors.empty()) return Failure(std::move(errors));
  return {std::move(s), {}};
}

}  // namespace

std::string Diagnostic::ToString() const {
  if (line > 0)
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": error: " + message;
  if (!json_pointer.empty()) return file + ": error: " + json_pointer + ": " + message;
  return file + ": error: " + message;
}

LoadResult LoadFromText(std::string_view text, const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext == ".js" || ext == ".mjs") return LoadJs(text, path);
  if (ext == ".json") return LoadJson(text, path);
  return Failure(path, "unsupported file type \"" + ext +
                           "\": a scenario is a .js program or a .json scenario");
}

LoadResult LoadFile(const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext != ".js" && ext != ".mjs" && ext != ".json")
    return Failure(path, "unsupported file type \"" + ext +
                             "\": a scenario is a .js or .mjs program or a .json scenario");
  std::string error;
  const auto text =
      ReadSmallFile(path, ext == ".json" ? kMaxScenarioFileBytes : kMaxSourceBytes, error);
  if (!text) return Failure(path, error);
  LoadResult loaded = LoadFromText(*text, path);
  // A program run from disk brings the modules it imports from its folder; a scenario names
  // its files itself (environment.files).
  if (loaded.ok() && ext != ".json") {
    std::vector<Diagnostic> errors = AddSiblingModules(*loaded.scenario, path);
    if (!errors.empty()) return Failure(std::move(errors));
  }
  return loaded;
}

}  // namespace loopscope::scenario
