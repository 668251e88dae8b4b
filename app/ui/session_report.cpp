// app/ui/session_report.cpp — session_report.h as JSON.
#include "app/ui/session_report.h"

#include <nlohmann/json.hpp>

namespace loopscope::app {
namespace {

nlohmann::ordered_json ItemBox(ImVec2 min, ImVec2 max) {
  return {min.x, min.y, max.x - min.x, max.y - min.y};
}

}  // namespace

std::string SessionReportJson(const AppState& s) {
  auto report = nlohmann::ordered_json::parse(LayoutReportJson(s.measured));
  report["step"] = s.playback.step;
  report["blanked"] = s.blanked;
  const ConsolePanelState& c = s.console;
  report["console"] = {{"predict_mode", c.predict_mode},
                       {"revealed", c.revealed},
                       {"reveals", c.reveals},
                       {"prediction", c.prediction},
                       {"last_score", c.last_score},
                       {"button", ItemBox(c.button_min, c.button_max)},
                       {"box", ItemBox(c.box_min, c.box_max)}};
  nlohmann::ordered_json frames = nlohmann::ordered_json::array();
  for (const FrameRecord& f : s.frames.records())
    frames.push_back(
        {{"frame", f.frame}, {"waited", f.waited}, {"input", f.input}, {"step", f.step}});
  report["frames"] = frames;
  return report.dump(2) + "\n";
}

}  // namespace loopscope::app
