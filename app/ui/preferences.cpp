// app/ui/preferences.cpp — reading and writing preferences.json with nlohmann/json.
//
// Reading is forgiving by design: preferences are the app's own file, and a hand-edited
// value of the wrong type should cost that one setting, not the others. Nor may the file
// hold up start-up: a FIFO, a directory, a device or a file past kMaxPreferencesBytes is
// not read at all (defaults), and corrupt JSON gives defaults too.
#include "app/ui/preferences.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/trace/navigation.h"

namespace loopscope::app {
namespace {

using nlohmann::json;

// Real preferences are about 1 KB; anything much larger is not ours.
constexpr off_t kMaxPreferencesBytes = 1 << 20;

// The file's text if it is a regular file of at most kMaxPreferencesBytes, else "". Opened
// non-blocking, so a FIFO cannot wait for a writer, and checked on the open descriptor, so
// it cannot be swapped between the check and the read.
std::string ReadSmallRegularFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return "";
  std::string text;
  struct stat st {};
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxPreferencesBytes) {
    text.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < text.size()) {
      ssize_t n = read(fd, text.data() + got, text.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    text.resize(got);
  }
  close(fd);
  return text;
}

template <typename T>
void Read(const json& j, const char* key, T* out) {
  auto it = j.find(key);
  if (it == j.end()) return;
  try {
    *out = it->get<T>();
  } catch (const json::exception&) {
    // Wrong type: keep the default for this one setting.
  }
}

void ReadPanels(const json& j, PanelVisibility* p) {
  if (!j.is_object()) return;
  for (const ToggleablePanel& t : kToggleablePanels) Read(j, t.key, &(p->*t.flag));
}

}  // namespace

std::string ConfigDirectory() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/loopscope";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/loopscope";
  return "";
}

Preferences PreferencesFromJson(const std::string& text) {
  Preferences p;
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return p;
  std::string theme;
  Read(j, "theme", &theme);
  ThemeFromName(theme, &p.theme);
  Read(j, "font_size", &p.font_size);
  p.font_size = std::clamp(p.font_size, kMinFontSize, kMaxFontSize);
  Read(j, "window_width", &p.window_width), Read(j, "window_height", &p.window_height);
  Read(j, "window_x", &p.window_x), Read(j, "window_y", &p.window_y);
  p.window_width = std::clamp(p.window_width, 320, 8192);
  p.window_height = std::clamp(p.window_height, 240, 8192);
  if (auto it = j.find("panels"); it != j.end()) ReadPanels(*it, &p.panels);
  Read(j, "play_speed", &p.play_speed);
  if (!(p.play_speed > 0 && p.play_speed <= kMaxRestoredSpeed))
    p.play_speed = Preferences{}.play_speed;
  Read(j, "granularity", &p.granularity);
  p.granularity = std::clamp(p.granularity, 0, trace::kGranularityCount - 1);
  Read(j, "recent_files", &p.recent_files);
  if (p.recent_files.size() > Preferences::kMaxRecent)
    p.recent_files.resize(Preferences::kMaxRecent);
  return p;
}

std::string PreferencesToJson(const Preferences& p) {
  nlohmann::ordered_json j;
  j["theme"] = std::string(ThemeName(p.theme));
  j["font_size"] = p.font_size;
  j["window_width"] = p.window_width, j["window_height"] = p.window_height;
  j["window_x"] = p.window_x, j["window_y"] = p.window_y;
  nlohmann::ordered_json& panels = j["panels"] = nlohmann::ordered_json::object();
  for (const ToggleablePanel& t : kToggleablePanels) panels[t.key] = p.panels.*t.flag;
  j["play_speed"] = p.play_speed;
  j["granularity"] = p.granularity;
  j["recent_files"] = p.recent_files;
  return j.dump(2) + "\n";
}

Preferences LoadPreferences() {
  std::string dir = ConfigDirectory();
  if (dir.empty()) return {};
  return PreferencesFromJson(ReadSmallRegularFile(dir + "/preferences.json"));
}

bool SavePreferences(const Preferences& prefs) {
  std::string dir = ConfigDirectory();
  if (dir.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  // Write then rename, so a crash mid-write never leaves a truncated file behind.
  std::string tmp = dir + "/preferences.json.tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    if (!(out << PreferencesToJson(prefs))) return false;
  }
  std::filesystem::rename(tmp, dir + "/preferences.json", ec);
  return !ec;
}

void NoteRecentFile(Preferences& prefs, const std::string& path) {
  auto& r = prefs.recent_files;
  r.erase(std::remove(r.begin(), r.end(), path), r.end());
  r.insert(r.begin(), path);
  if (r.size() > Preferences::kMaxRecent) r.resize(Preferences::kMaxRecent);
}

}  // namespace loopscope::app
