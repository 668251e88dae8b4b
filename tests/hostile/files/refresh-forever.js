// A timer that refreshes itself from its own callback never lets the loop end.
const t = setTimeout(() => t.refresh(), 1);
