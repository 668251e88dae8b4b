// Five million arguments spread into console.log: V8's stack overflow, not the OOM killer.
console.log(...new Array(5e6).fill(1));
