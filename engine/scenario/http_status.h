// engine/scenario/http_status.h — the HTTP statuses a simulated server's route may answer.
//
// One table: the status codes browser.routes accepts (docs/scenario-format.md) and their
// reason phrases, which a Response's statusText shows. The phrases are RFC 9110's, as
// Python's http.HTTPStatus sends them (the oracle's server, tools/browser-oracle).
// Redirects are left out: fetch would follow them, which the model does not.
#pragma once

#include <array>
#include <string_view>
#include <utility>

namespace loopscope::scenario {

inline constexpr std::array<std::pair<int, std::string_view>, 14> kHttpStatuses = {{
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {409, "Conflict"},
    {410, "Gone"},
    {429, "Too Many Requests"},
    {500, "Internal Server Error"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
}};

// The reason phrase of `status`, or "" when the table does not have it.
inline std::string_view HttpReasonPhrase(int status) {
  for (const auto& [code, phrase] : kHttpStatuses)
    if (code == status) return phrase;
  return {};
}

}  // namespace loopscope::scenario
