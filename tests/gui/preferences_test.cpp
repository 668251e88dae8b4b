// tests/gui/preferences_test.cpp — preferences survive a round trip and bad files cost only
// the bad settings.
#include "app/ui/preferences.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace loopscope::app {
namespace {

TEST(Preferences, RoundTripKeepsEverything) {
  Preferences p;
  p.theme = ThemeKind::kDark;
  p.font_size = 26;
  p.window_width = 1280, p.window_height = 720, p.window_x = 10, p.window_y = 20;
  p.panels.timeline = false;
  p.play_speed = 8;
  p.granularity = 2;
  p.recent_files = {"/tmp/a.js", "/tmp/b.json"};
  EXPECT_EQ(PreferencesFromJson(PreferencesToJson(p)), p);
}

// Every hideable panel of the table (panel_table.h) is remembered under its own key.
TEST(Preferences, EveryPanelOfTheTableIsRememberedUnderItsKey) {
  for (const ToggleablePanel& t : kToggleablePanels) {
    Preferences p;
    p.panels.*t.flag = false;
    const std::string text = PreferencesToJson(p);
    EXPECT_NE(text.find(std::string("\"") + t.key + "\": false"), std::string::npos) << text;
    EXPECT_EQ(PreferencesFromJson(text), p) << t.key;
  }
}

TEST(Preferences, DamagedFileGivesDefaults) {
  EXPECT_EQ(PreferencesFromJson("{not json"), Preferences{});
  EXPECT_EQ(PreferencesFromJson("[1,2]"), Preferences{});
  EXPECT_EQ(PreferencesFromJson(""), Preferences{});
}

TEST(Preferences, WrongTypeCostsOnlyThatSetting) {
  Preferences p = PreferencesFromJson(R"({"theme": "dark", "font_size": "huge", "play_speed": 4})");
  EXPECT_EQ(p.theme, ThemeKind::kDark);
  EXPECT_EQ(p.font_size, kDefaultFontSize);
  EXPECT_EQ(p.play_speed, 4.0f);
}

TEST(Preferences, OutOfRangeValuesAreClamped) {
  Preferences p =
      PreferencesFromJson(R"({"font_size": 500, "window_width": 5, "granularity": 99})");
  EXPECT_EQ(p.font_size, kMaxFontSize);
  EXPECT_EQ(p.window_width, 320);
  EXPECT_LT(p.granularity, 5);
}

TEST(Preferences, RecentFilesMoveToFrontWithoutDuplicates) {
  Preferences p;
  for (int i = 0; i < 15; ++i) NoteRecentFile(p, "f" + std::to_string(i));
  NoteRecentFile(p, "f10");
  EXPECT_EQ(p.recent_files.size(), Preferences::kMaxRecent);
  EXPECT_EQ(p.recent_files.front(), "f10");
  EXPECT_EQ(std::count(p.recent_files.begin(), p.recent_files.end(), "f10"), 1);
}

TEST(Preferences, SavedUnderXdgConfigHome) {
  auto dir =
      std::filesystem::temp_directory_path() / ("loopscope-prefs-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const char* old = std::getenv("XDG_CONFIG_HOME");
  std::string saved = old ? old : "";
  setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
  Preferences p;
  p.theme = ThemeKind::kDark;
  EXPECT_TRUE(SavePreferences(p));
  EXPECT_TRUE(std::filesystem::exists(dir / "loopscope" / "preferences.json"));
  EXPECT_EQ(LoadPreferences(), p);
  if (old)
    setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_CONFIG_HOME");
  std::filesystem::remove_all(dir);
}

// A preferences.json that is not a small regular file, or not JSON, gives the defaults at
// once: start-up never waits on a FIFO, reads a directory, or swallows a huge file.
TEST(Preferences, AnythingButASmallRegularFileGivesDefaultsAtOnce) {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / ("loopscope-prefs-odd-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "loopscope");
  fs::path file = dir / "loopscope" / "preferences.json";
  const char* old = std::getenv("XDG_CONFIG_HOME");
  std::string saved = old ? old : "";
  setenv("XDG_CONFIG_HOME", dir.c_str(), 1);

  ASSERT_EQ(mkfifo(file.c_str(), 0600), 0);  // no writer: a blocking open would wait forever
  EXPECT_EQ(LoadPreferences(), Preferences{});
  fs::remove(file);

  fs::create_directory(file);
  EXPECT_EQ(LoadPreferences(), Preferences{});
  fs::remove(file);

  std::ofstream(file) << R"({"theme": "dark", "font_size": 18})";
  fs::resize_file(file, 64 << 20);  // the same start, but 64 MB long
  EXPECT_EQ(LoadPreferences(), Preferences{});
  fs::remove(file);

  for (const char* corrupt :
       {"{\"theme\": [1, 2], \"font_size\": ", "\xff\xfe{}", "[]", "null",
        R"({"recent_files": [1, {"a": 2}], "panels": 7, "font_size": 1e308})"}) {
    std::ofstream(file, std::ios::trunc) << corrupt;
    Preferences p = LoadPreferences();
    EXPECT_EQ(p.theme, Preferences{}.theme) << corrupt;
    EXPECT_LE(p.font_size, kMaxFontSize) << corrupt;
  }

  if (old)
    setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_CONFIG_HOME");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace loopscope::app
