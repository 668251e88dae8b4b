// tests/gui/man_page_test.cpp — the manual page (assets/loopscope.1) says what the program
// does: every option of every `--help` text and of the README's command table is in it, and
// so is every sub-command.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "app/cli/args.h"

namespace loopscope::cli {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The long options (--name) a text mentions.
std::set<std::string> Options(const std::string& text) {
  std::set<std::string> found;
  std::regex option("--[a-z][a-z-]*");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), option);
       it != std::sregex_iterator(); ++it)
    found.insert(it->str());
  return found;
}

// roff writes a literal '-' as "\-".
std::string ManPageAsText() {
  std::string roff = ReadFile(LOOPSCOPE_SOURCE_DIR "/assets/loopscope.1");
  return std::regex_replace(roff, std::regex(R"(\\-)"), "-");
}

TEST(ManPage, HasEveryOptionOfEveryHelpText) {
  std::string man = ManPageAsText();
  ASSERT_FALSE(man.empty());
  for (const char* topic : {"", "run", "check", "list", "screenshot", "compare"}) {
    std::string help = HelpText(topic);
    for (const std::string& option : Options(help))
      EXPECT_NE(man.find(option), std::string::npos)
          << option << " (loopscope " << topic << " --help)";
  }
}

TEST(ManPage, HasEveryCommandAndOptionOfTheReadmeTable) {
  std::string man = ManPageAsText();
  std::string readme = ReadFile(LOOPSCOPE_SOURCE_DIR "/README.md");
  size_t table = readme.find("## The `loopscope` command");
  ASSERT_NE(table, std::string::npos);
  std::string section = readme.substr(table, readme.find("\n## ", table + 1) - table);
  for (const std::string& option : Options(section))
    EXPECT_NE(man.find(option), std::string::npos) << option << " (README)";
  for (const char* command : {"loopscope run", "loopscope check", "loopscope list",
                              "loopscope screenshot", "loopscope compare"})
    EXPECT_NE(man.find(command), std::string::npos) << command;
}

}  // namespace
}  // namespace loopscope::cli
