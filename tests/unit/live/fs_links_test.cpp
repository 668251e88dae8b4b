// tests/unit/live/fs_links_test.cpp — symbolic links of the program's tree
// (engine/node/virtual_links.cpp) on the simulator's VirtualFs and a live run's DiskFs alike:
// resolution as path_resolution(7) does it, the calls that do not follow the last link, a
// loop left unresolved, and in a live run a link out of the tree landing under the root.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "engine/live/disk_fs.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

namespace fs = std::filesystem;
using loopscope::testing::Program;

class FsLinks : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("loopscope-links-" + std::to_string(getpid()));
    fs::create_directories(root_);
    if (GetParam()) {
      files_ = std::make_unique<DiskFs>(Program(""), "/virtual/test.js", "/virtual", root_);
    } else {
      files_ = std::make_unique<node::VirtualFs>(Program(""), "/virtual/test.js", "/virtual");
    }
  }
  void TearDown() override {
    files_.reset();
    fs::remove_all(root_);
  }
  fs::path root_;
  std::unique_ptr<node::VirtualFs> files_;
};

TEST_P(FsLinks, RelativeTargetsResolveFromTheLinksDirectory) {
  node::VirtualFs& v = *files_;
  v.MakeDir("a/b");
  v.Write("a/b/f.txt", "x");
  ASSERT_TRUE(v.MakeLink("a/to-b", "b"));
  EXPECT_EQ(v.Resolve("a/to-b/f.txt"), "/virtual/a/b/f.txt");
  ASSERT_NE(v.Find("a/to-b/f.txt"), nullptr);
  EXPECT_EQ(*v.Find("a/to-b/f.txt"), "x");
  // `..` after a link is taken from where the link leads.
  ASSERT_TRUE(v.MakeLink("deep", "a/b"));
  EXPECT_EQ(v.Resolve("deep/../b/f.txt"), "/virtual/a/b/f.txt");
  EXPECT_EQ(v.ResolveNoFollow("a/to-b"), "/virtual/a/to-b");
  EXPECT_EQ(v.LinksIn("a"), std::vector<std::string>{"to-b"});
  EXPECT_FALSE(v.MakeLink("a/to-b", "elsewhere"));  // EEXIST
}

TEST_P(FsLinks, LoopsAreLeftUnresolved) {
  node::VirtualFs& v = *files_;
  ASSERT_TRUE(v.MakeLink("one", "two"));
  ASSERT_TRUE(v.MakeLink("two", "one"));
  EXPECT_FALSE(v.Info("one").exists);
  ASSERT_NE(v.LinkTarget("one"), nullptr);
  EXPECT_EQ(*v.LinkTarget("one"), "two");
}

TEST_P(FsLinks, RemovingOrMovingALinkLeavesItsTarget) {
  node::VirtualFs& v = *files_;
  v.Write("t.txt", "t");
  ASSERT_TRUE(v.MakeLink("l", "t.txt"));
  v.RenameLink("l", "m");
  EXPECT_EQ(v.LinkTarget("l"), nullptr);
  EXPECT_TRUE(v.RemoveLink("m"));
  EXPECT_TRUE(v.Info("t.txt").exists);
}

// A link to the host's root names the program's "/", which a live run keeps under its
// private directory.
TEST_P(FsLinks, ALinkOutOfTheTreeStaysInsideIt) {
  node::VirtualFs& v = *files_;
  ASSERT_TRUE(v.MakeLink("root", "/"));
  EXPECT_FALSE(v.Info("root/etc/passwd").exists);
  v.Write("root/escape.txt", "contained");
  EXPECT_EQ(v.Resolve("root/escape.txt"), "/escape.txt");
  if (GetParam()) {
    auto& disk = static_cast<DiskFs&>(v);
    EXPECT_TRUE(fs::exists(disk.OnDisk("/escape.txt")));
    EXPECT_EQ(disk.OnDisk("/escape.txt").string().rfind(root_.string(), 0), 0u);
    EXPECT_FALSE(fs::is_symlink(disk.OnDisk("/virtual/root")));
  }
}

INSTANTIATE_TEST_SUITE_P(SimulatedAndLive, FsLinks, ::testing::Values(false, true),
                         [](const auto& param) { return param.param ? "DiskFs" : "VirtualFs"; });

}  // namespace
}  // namespace loopscope::live
