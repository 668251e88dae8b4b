// A setImmediate that re-arms itself: each loop iteration runs it once, forever.
function again() {
  setImmediate(again);
}
again();
