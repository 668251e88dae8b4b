// tests/unit/live/fs_tree_test.cpp — the directory operations behind fs.mkdir, rmdir,
// rename, readdir and stat, on the simulator's VirtualFs and on a live run's DiskFs alike:
// both must give the program the same tree. Also: the working directory moves only inside
// the live run's root, and a rename onto a file frees that file's quota.
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

// One VirtualFs and one DiskFs over a fresh directory, both rooted at /virtual.
class FsTree : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("loopscope-tree-" + std::to_string(getpid()));
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

TEST_P(FsTree, DirectoriesAreMadeListedAndRemoved) {
  node::VirtualFs& v = *files_;
  EXPECT_EQ(v.List("."), std::vector<std::string>{"test.js"});
  v.MakeDir("a");
  v.Write("a/f.txt", "abc");
  EXPECT_TRUE(v.IsDirectory("a"));
  EXPECT_FALSE(v.IsDirectory("a/f.txt"));
  EXPECT_TRUE(v.IsDirectory("/"));  // above the working directory
  EXPECT_EQ(v.List("."), (std::vector<std::string>{"a", "test.js"}));
  node::FileInfo file = v.Info("a/f.txt");
  EXPECT_TRUE(file.exists);
  EXPECT_FALSE(file.directory);
  EXPECT_EQ(file.size, 3u);
  EXPECT_EQ(file.permissions, 0644u);
  EXPECT_EQ(v.Info("a").permissions, 0755u);
  EXPECT_FALSE(v.Info("nope").exists);
  EXPECT_TRUE(v.Remove("a/f.txt"));
  EXPECT_TRUE(v.IsDirectory("a"));  // made by mkdir: it outlives its last file
  EXPECT_TRUE(v.RemoveDir("a"));
  EXPECT_FALSE(v.Info("a").exists);
}

TEST_P(FsTree, RenameMovesAWholeSubtree) {
  node::VirtualFs& v = *files_;
  v.MakeDir("src");
  v.MakeDir("src/inner");
  v.Write("src/inner/f.txt", "x");
  v.SetPermissions("src/inner/f.txt", 0600);
  v.Rename("src", "dst");
  EXPECT_FALSE(v.Info("src").exists);
  EXPECT_TRUE(v.IsDirectory("dst/inner"));
  ASSERT_NE(v.Find("dst/inner/f.txt"), nullptr);
  EXPECT_EQ(*v.Find("dst/inner/f.txt"), "x");
  EXPECT_EQ(v.Info("dst/inner/f.txt").permissions, 0600u);
}

TEST_P(FsTree, RelativePathsFollowTheWorkingDirectory) {
  node::VirtualFs& v = *files_;
  v.MakeDir("sub");
  v.set_cwd(v.Resolve("sub"));
  v.Write("here.txt", "h");
  v.set_cwd("/virtual");
  EXPECT_EQ(v.List("sub"), std::vector<std::string>{"here.txt"});
}

INSTANTIATE_TEST_SUITE_P(SimulatedAndLive, FsTree, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "DiskFs" : "VirtualFs"; });

TEST(DiskFsTree, TheWorkingDirectoryNeverLeavesTheRoot) {
  fs::path root = fs::temp_directory_path() / ("loopscope-cwd-" + std::to_string(getpid()));
  fs::create_directories(root);
  {
    DiskFs disk(Program(""), "/virtual/test.js", "/virtual", root);
    disk.set_cwd(disk.Resolve("../../.."));
    EXPECT_EQ(disk.cwd(), "/");
    EXPECT_EQ(disk.OnDisk("../etc/passwd").string().rfind(root.string(), 0), 0u);
  }
  fs::remove_all(root);
}

TEST(DiskFsTree, RenamingOntoAFileFreesItsQuota) {
  fs::path root = fs::temp_directory_path() / ("loopscope-mv-" + std::to_string(getpid()));
  fs::create_directories(root);
  {
    DiskFs disk(Program(""), "/virtual/test.js", "/virtual", root, /*quota_bytes=*/1000);
    disk.Write("a", std::string(300, 'x'));
    disk.Write("b", std::string(500, 'x'));
    disk.Rename("a", "b");
    EXPECT_EQ(disk.used_bytes(), 300u);
  }
  fs::remove_all(root);
}

}  // namespace
}  // namespace loopscope::live
