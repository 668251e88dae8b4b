// A hundred thousand nested arrays: Node stringifies them into a RangeError, not a crash.
let a = [];
for (let i = 0; i < 1e5; i++) a = [a];
console.log(String(a).length);
