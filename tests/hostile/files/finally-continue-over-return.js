// A continue in finally overrides the pending return: the returned value must not stay on
// the operand stack (each iteration once left one there, and memory grew without bound).
function f() {
  let n = 0;
  while (n < 100000) {
    try { n++; return 'never'; } finally { continue; }
  }
  return 'done ' + n;
}
console.log(f());
