// app/ui/browser.cpp — the Open window and the scan of the built-in scenario folder.
#include "app/ui/browser.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string_view>

#include "engine/scenario/library.h"

namespace loopscope::app {
namespace {

bool Matches(const scenario::BuiltinScenario& e, const std::string& search) {
  if (search.empty()) return true;
  auto contains = [&](std::string_view hay) {
    auto it = std::search(hay.begin(), hay.end(), search.begin(), search.end(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) ==
             std::tolower(static_cast<unsigned char>(b));
    });
    return it != hay.end();
  };
  if (contains(e.id) || contains(e.name)) return true;
  for (std::string_view tag : e.tags)
    if (contains(tag)) return true;
  return false;
}

// What the recent list shows for an entry: a built-in scenario's title, or a file's name
// with its folder (the full path is in the tooltip).
std::string RecentLabel(const std::string& entry) {
  if (entry.rfind(kBuiltinPrefix, 0) == 0) {
    std::string_view id = std::string_view(entry).substr(kBuiltinPrefix.size());
    for (const scenario::BuiltinScenario& e : scenario::BuiltinScenarios())
      if (e.id == id) return std::string(e.name);
    return std::string(id);
  }
  std::filesystem::path path(entry);
  std::string folder = path.parent_path().filename().string();
  return path.filename().string() + (folder.empty() ? "" : "  (" + folder + ")");
}

// Built-in scenarios grouped by topic (the library lists them in teaching order).
void DrawEntries(BrowserState& b, UiCommandQueue& commands) {
  std::string_view topic;
  bool topic_open = false, any = false;
  for (const scenario::BuiltinScenario& e : scenario::BuiltinScenarios()) {
    if (!Matches(e, b.search)) continue;
    any = true;
    if (e.topic != topic) {
      if (topic_open) ImGui::TreePop();
      topic = e.topic;
      topic_open = ImGui::TreeNodeEx(std::string(topic).c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    }
    std::string label = std::string(e.name) + "##" + std::string(e.id);
    if (topic_open && ImGui::Selectable(label.c_str()))
      commands.push_back(
          {UiCommand::Kind::kOpen, 0, 0, std::string(kBuiltinPrefix) + std::string(e.id)});
  }
  if (topic_open) ImGui::TreePop();
  if (!any) ImGui::TextDisabled("(no built-in scenario matches)");
}

}  // namespace

void DrawBrowser(BrowserState& b, const Preferences& prefs, const Palette& palette,
                 UiCommandQueue& commands) {
  if (!b.open) return;
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.7f),
                           ImGuiCond_Appearing);
  if (!ImGui::Begin("Open a scenario", &b.open, ImGuiWindowFlags_NoCollapse)) return ImGui::End();
  // A click outside closes it, as Escape does (frame.cpp).
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
      !ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows |
                              ImGuiHoveredFlags_AllowWhenBlockedByPopup) &&
      !ImGui::IsAnyItemActive())
    b.open = false;
  if (!b.errors.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.stderr_text);
    ImGui::TextUnformatted("Could not load it (the previous scenario stays open):");
    for (const std::string& e : b.errors) ImGui::TextWrapped("%s", e.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
  }
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
  bool enter = ImGui::InputTextWithHint("##path", "path/to/file.js or .json", &b.path_field,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open") || enter) && !b.path_field.empty())
    commands.push_back({UiCommand::Kind::kOpen, 0, 0, b.path_field});
  ImGui::TextDisabled("You can also drop a .js or .json file onto the window.");
  for (const std::string& recent : prefs.recent_files) {
    if (ImGui::Selectable(("recent: " + RecentLabel(recent) + "##" + recent).c_str()))
      commands.push_back({UiCommand::Kind::kOpen, 0, 0, recent});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", recent.c_str());
  }
  ImGui::Separator();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "search built-in scenarios", &b.search);
  ImGui::BeginChild("##entries");
  DrawEntries(b, commands);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace loopscope::app
