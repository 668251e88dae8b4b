// tests/gui/file_watch_test.cpp — the auto-reload watcher sees writes and replacements.
#include "app/ui/file_watch.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

// Polls for up to two seconds: inotify delivers asynchronously.
bool SeesChange(FileWatch& watch) {
  for (int i = 0; i < 200; ++i) {
    if (watch.Poll()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST(FileWatch, ReportsWritesAndRenamesOncePerChange) {
  fs::path dir = fs::temp_directory_path() / ("loopscope-watch-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "p.js";
  std::ofstream(file) << "console.log(1);\n";
  FileWatch watch;
  watch.Watch(file.string());
  EXPECT_FALSE(watch.Poll());
  std::ofstream(file, std::ios::app) << "console.log(2);\n";
  EXPECT_TRUE(SeesChange(watch));
  // Editors save by writing a new file and renaming it over the old one.
  std::ofstream(dir / "p.js.tmp") << "console.log(3);\n";
  fs::rename(dir / "p.js.tmp", file);
  EXPECT_TRUE(SeesChange(watch));
  watch.Watch("");
  std::ofstream(file, std::ios::app) << "console.log(4);\n";
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(watch.Poll());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace loopscope::app
