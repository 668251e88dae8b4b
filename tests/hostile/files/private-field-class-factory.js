// Every evaluation of a class makes new private names; instances of classes made in a
// loop keep theirs. Unbounded: the heap limit stops it.
const kept = [];
for (;;) {
  const C = class { #a = 1; #b = 2; static #s = 3; get a() { return this.#a; } };
  kept.push(new C());
}
