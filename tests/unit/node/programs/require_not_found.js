// require of an unknown module: Node's own message, code and requireStack (the path is
// the program's, so only its shape is printed).
for (const id of ['left-pad', './local.js', 'node:nope']) {
  try {
    require(id);
  } catch (e) {
    const lines = e.message.split('\n');
    console.log(e.name, e.code, lines[0], lines.length, lines[1], Array.isArray(e.requireStack),
                e.requireStack ? e.requireStack.length : '-', Object.keys(e));
  }
}
console.log(require('node:assert') === require('assert'), typeof require('node:events').once);
