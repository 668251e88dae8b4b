// app/ui/preferences.h — what the app remembers between runs: theme, font size, window size
// and position, which panels are shown, playback speed and granularity, recent files.
//
// Stored as JSON in $XDG_CONFIG_HOME/loopscope/preferences.json (or
// ~/.config/loopscope/preferences.json). A missing or damaged file gives the defaults; a
// field of the wrong type is ignored, not fatal. Saved when the app closes.
#pragma once

#include <string>
#include <vector>

#include "app/ui/fonts.h"
#include "app/ui/panel_table.h"
#include "app/ui/theme.h"

namespace loopscope::app {

// A fast-forward left on at the end of one session is not where the next class should
// start: faster speeds than this come back as the default.
inline constexpr float kMaxRestoredSpeed = 20.0f;

struct Preferences {
  ThemeKind theme = ThemeKind::kLight;
  float font_size = kDefaultFontSize;
  int window_width = 1600, window_height = 900;
  int window_x = -1, window_y = -1;  // -1: let the window manager place it
  PanelVisibility panels;
  float play_speed = 2.0f;                // above kMaxRestoredSpeed, the next launch starts at 2.0
  int granularity = 1;                    // Granularity as a number (playback.h)
  std::vector<std::string> recent_files;  // most recent first, at most kMaxRecent
  static constexpr size_t kMaxRecent = 10;
  bool operator==(const Preferences&) const = default;
};

// "$XDG_CONFIG_HOME/loopscope" or "$HOME/.config/loopscope"; "" when neither is known.
std::string ConfigDirectory();

Preferences PreferencesFromJson(const std::string& text);
std::string PreferencesToJson(const Preferences& prefs);

Preferences LoadPreferences();                   // from ConfigDirectory(), defaults on any problem
bool SavePreferences(const Preferences& prefs);  // creates the directory; false on failure

// Moves `path` to the front of the recent list (no duplicates, bounded).
void NoteRecentFile(Preferences& prefs, const std::string& path);

}  // namespace loopscope::app
