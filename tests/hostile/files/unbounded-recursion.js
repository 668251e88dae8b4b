// Unbounded recursion must end in a RangeError like Node's, not a C++ stack overflow.
function down(n) {
  return down(n + 1) + 1;
}
down(0);
