// engine/scenario/sibling_modules.cpp — reading the modules a program imports from its folder
// (sibling_modules.h). Resolution follows node's, narrowed to files: CommonJS tries X, X.js,
// X.json, then X/index.js and X/index.json (lib/internal/modules/cjs/loader.js
// Module._findPath); an ES module names its file exactly, which the first candidate covers.
#include "engine/scenario/sibling_modules.h"

#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "engine/scenario/json_text.h"
#include "engine/scenario/validate.h"

namespace loopscope::scenario {
namespace {

namespace fs = std::filesystem;

bool IsIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

size_t SkipSpaces(std::string_view s, size_t at) {
  while (at < s.size() && std::isspace(static_cast<unsigned char>(s[at]))) ++at;
  return at;
}

// The string literal starting at `at` (a quote), or "" when there is none or it has escapes.
std::string_view LiteralAt(std::string_view s, size_t at) {
  if (at >= s.size() || (s[at] != '\'' && s[at] != '"' && s[at] != '`')) return {};
  const size_t end = s.find(s[at], at + 1);
  if (end == std::string_view::npos) return {};
  std::string_view text = s.substr(at + 1, end - at - 1);
  if (text.find_first_of("\\\n$") != std::string_view::npos) return {};
  return text;
}

bool IsRelative(std::string_view spec) {
  return spec == "." || spec == ".." || spec.starts_with("./") || spec.starts_with("../");
}

// Keywords after which a module specifier may follow, and whether a '(' comes first.
struct SpecifierSite {
  std::string_view keyword;
  bool call;
};
constexpr std::array<SpecifierSite, 6> kSites = {{
    {"require", true},  // require('./x')
    {"import", true},   // import('./x')
    {"import", false},  // import './x'
    {"from", false},    // import x from './x', export * from './x'
    {"Worker", true},   // new Worker('./w.js')
    {"URL", true},      // new Worker(new URL('./w.mjs', import.meta.url))
}};

bool Contained(const fs::path& folder, const fs::path& target) {
  const auto [folder_end, _] =
      std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
  return folder_end == folder.end();
}

// The file node would load for `spec` imported from `from_dir`, if it is a regular file inside
// `folder` (symlinks followed); empty otherwise.
fs::path Resolve(const fs::path& folder, const fs::path& from_dir, std::string_view spec) {
  const fs::path base = (from_dir / std::string(spec)).lexically_normal();
  if (!Contained(folder, base)) return {};
  const std::array<fs::path, 5> candidates = {base, fs::path(base.string() + ".js"),
                                              fs::path(base.string() + ".json"), base / "index.js",
                                              base / "index.json"};
  for (const fs::path& candidate : candidates) {
    std::error_code ec;
    if (!fs::is_regular_file(candidate, ec)) continue;
    const fs::path real = fs::weakly_canonical(candidate, ec);
    if (ec || !Contained(folder, real)) return {};
    return candidate;
  }
  return {};
}

bool IsScript(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".js" || ext == ".mjs" || ext == ".cjs";
}

}  // namespace

std::vector<std::string> RelativeSpecifiers(std::string_view source) {
  std::vector<std::string> out;
  for (const SpecifierSite& site : kSites) {
    for (size_t at = source.find(site.keyword); at != std::string_view::npos;
         at = source.find(site.keyword, at + 1)) {
      const size_t end = at + site.keyword.size();
      if ((at > 0 && IsIdentifierChar(source[at - 1])) ||
          (end < source.size() && IsIdentifierChar(source[end])))
        continue;
      size_t next = SkipSpaces(source, end);
      if (site.call) {
        if (next >= source.size() || source[next] != '(') continue;
        next = SkipSpaces(source, next + 1);
      }
      const std::string_view spec = LiteralAt(source, next);
      if (IsRelative(spec)) out.emplace_back(spec);
    }
  }
  return out;
}

std::vector<Diagnostic> AddSiblingModules(Scenario& s, const std::string& program_path) {
  std::error_code ec;
  const fs::path program = fs::weakly_canonical(fs::absolute(program_path, ec), ec);
  if (ec) return {};
  const fs::path folder = program.parent_path();
  std::vector<Diagnostic> errors;
  std::set<fs::path> seen = {program};
  // (the file's absolute path, its source) still to scan; the program first.
  std::vector<std::pair<fs::path, std::string>> pending = {{program, s.source}};
  size_t total = 0;
  while (!pending.empty()) {
    const auto [file, text] = std::move(pending.back());
    pending.pop_back();
    for (const std::string& spec : RelativeSpecifiers(text)) {
      const fs::path target = Resolve(folder, file.parent_path(), spec);
      if (target.empty() || !seen.insert(target).second) continue;
      if (seen.size() > kMaxSiblingModules + 1) {
        errors.push_back({target.string(), 0, 0, "",
                          "the program imports more than " + std::to_string(kMaxSiblingModules) +
                              " files from its folder; refusing to load"});
        return errors;
      }
      // The size is checked before reading: a huge (or sparse) file is refused unread.
      std::error_code size_error;
      const uintmax_t size = fs::file_size(target, size_error);
      total += size_error ? 0 : size;
      if (size_error || size > kMaxFileBytes || total > kMaxTotalFileBytes) {
        errors.push_back({target.string(), 0, 0, "",
                          "a module the program imports is too large (" + std::to_string(size) +
                              " bytes; a file may have " + std::to_string(kMaxFileBytes) +
                              " and the files of a program " + std::to_string(kMaxTotalFileBytes) +
                              " in all)"});
        return errors;
      }
      std::ifstream in(target, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      std::string bytes = content.str().substr(0, kMaxFileBytes);  // in case it grew meanwhile
      if (IsScript(target) && FindInvalidUtf8(bytes)) {
        errors.push_back({target.string(), 0, 0, "",
                          "invalid UTF-8 in a module the program imports (a module must be UTF-8 "
                          "text)"});
        return errors;
      }
      const std::string key = target.lexically_relative(folder).generic_string();
      if (IsScript(target)) pending.emplace_back(target, bytes);
      s.environment.files[key].content = std::move(bytes);
    }
  }
  return errors;
}

}  // namespace loopscope::scenario
