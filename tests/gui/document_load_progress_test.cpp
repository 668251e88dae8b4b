// tests/gui/document_load_progress_test.cpp — the app's real loader (document_load.h) with a
// LoadControl: the engine's progress arrives there (ending at the log's size, then
// "preparing the view"), and a cancel stops the simulation with no document. Linked with the
// shell (it runs the engine), so it lives beside the layout tests.
#include <gtest/gtest.h>

#include "app/ui/document_load.h"
#include "tests/support/files.h"

namespace loopscope::app {
namespace {

TEST(DocumentLoadProgress, TheRealLoaderPublishesTheEnginesProgressAndHonoursCancel) {
  LoadControl control;
  LoadOutcome loaded = LoadDocumentFromFile(DefaultScenarioPath(), &control);
  ASSERT_NE(loaded.doc, nullptr);
  EXPECT_EQ(control.progress.events.load(), loaded.doc->step_count());
  EXPECT_TRUE(control.preparing.load());
  // A program that never ends: the engine's first check of the flag stops it.
  testing::TempDir dir;
  const std::string endless =
      dir.Write("endless.js", "function spin() { setImmediate(spin); }\nspin();\n");
  LoadControl cancelled;
  cancelled.cancel = true;
  LoadOutcome none = LoadDocumentFromFile(endless, &cancelled);
  EXPECT_EQ(none.doc, nullptr);
  ASSERT_EQ(none.errors.size(), 1u);
  EXPECT_NE(none.errors[0].find("cancelled"), std::string::npos);
}

}  // namespace
}  // namespace loopscope::app
