// Async generators as object and class methods, how util.inspect prints them, their
// prototypes, and the errors of the async iteration protocol.
const obj = {
  base: 10,
  async *values(n) {
    for (let i = 0; i < n; i++) yield this.base + i;
  },
};
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  async *[Symbol.asyncIterator]() {
    for (let i = this.from; i < this.to; i++) yield i;
  }
  static async *of(...xs) {
    yield* xs;
  }
}
async function* named() {}
const anon = async function* () {};
console.log(named, anon, obj.values, Range.of);
console.log(named(), typeof named().next, Object.prototype.toString.call(named()));
const AsyncGenProto = Object.getPrototypeOf(named.prototype);
console.log(Object.getOwnPropertyNames(AsyncGenProto), AsyncGenProto[Symbol.toStringTag]);
const AsyncIterProto = Object.getPrototypeOf(AsyncGenProto);
console.log(typeof AsyncIterProto[Symbol.asyncIterator], AsyncIterProto[Symbol.asyncIterator].name);
const g = named();
console.log(g[Symbol.asyncIterator]() === g, g instanceof named);
async function main() {
  for await (const v of obj.values(3)) console.log('obj', v);
  for await (const v of new Range(1, 4)) console.log('range', v);
  for await (const v of Range.of('a', 'b')) console.log('of', v);
  for (const bad of [5, {}, { [Symbol.asyncIterator]() { return 1; } }]) {
    try {
      for await (const v of bad) console.log(v);
    } catch (e) {
      console.log(e.constructor.name, e.message);
    }
  }
  try {
    await AsyncGenProto.next.call({});
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  try {
    new named();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
main();
