// app/ui/screenshot.h — `loopscope screenshot FILE --step N --out OUT.png [--size WxH]`.
//
// Renders real frames of the app offscreen (window.h's FBO) at exactly WxH, lets the layout
// settle for a few frames, reads the pixels back and writes a PNG with stb_image_write.
// Used for the README image, slides, and the GUI tests in tests/gui/. The rendering
// itself is render.h, which tests also drive with synthetic logs.
#pragma once

#include "app/cli/args.h"

namespace loopscope::app {

int ScreenshotCommand(const cli::Command& command);

}  // namespace loopscope::app
