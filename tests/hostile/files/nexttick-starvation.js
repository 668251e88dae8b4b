// Every nextTick queues another: the loop never reaches its first phase.
function again() {
  process.nextTick(again);
}
again();
