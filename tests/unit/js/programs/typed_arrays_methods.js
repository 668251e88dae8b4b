// The %TypedArray%.prototype methods, species results and change-by-copy methods.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
const a = new Int16Array([5, -1, 3, 2, 4]);
t(() => [a.at(-1), a.at(9), a.indexOf(3), a.lastIndexOf(4), a.includes(2), a.includes('2')]);
t(() => [a.every((x) => x < 9), a.some((x) => x < 0), a.find((x) => x > 3), a.findIndex((x) => x > 3)]);
t(() => [a.findLast((x) => x > 3), a.findLastIndex((x) => x > 30)]);
t(() => { const out = []; a.forEach((x, i, arr) => out.push(x * i, arr === a)); return out; });
t(() => a.map((x) => x * 1000));
t(() => a.filter((x) => x > 2));
t(() => [a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + ',' + x, '')]);
t(() => [a.join(), a.join(' - '), a.toString(), a.toLocaleString()]);
t(() => a.slice(1, -1));
t(() => a.slice(-2));
t(() => { const s = a.subarray(1, 3); s[0] = 99; return [s, a]; });
t(() => a.toSorted());
t(() => a.toSorted((x, y) => y - x));
t(() => a.toReversed());
t(() => a.with(0, 42));
t(() => a.with(10, 1));
t(() => new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort());
t(() => new Uint8Array([10, 9, 1, 100]).sort());
t(() => new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 2));
t(() => new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, 0));
t(() => new Int16Array([1, 2, 3, 4]).fill(7, 1, -1));
t(() => new Int16Array(3).fill('12'));
t(() => new Uint8Array([1, 2, 3]).reverse());
t(() => [...new Uint8Array([7, 8]).entries()]);
t(() => [...new Uint8Array([7, 8]).keys()]);
t(() => new Uint8Array([7, 8]).values().next());
t(() => { const x = new Uint8Array(5); x.set([1, 2], 1); x.set(new Uint8Array([9]), 4); return x; });
t(() => { const x = new Uint8Array([1, 2, 3, 4]); x.set(x.subarray(0, 3), 1); return x; });
t(() => { const x = new Float32Array(2); x.set(new Int8Array([-1, 2])); return x; });
t(() => new Uint8Array(2).set([1, 2, 3]));
t(() => new Uint8Array(2).set([1], -1));
t(() => a.forEach(1));
t(() => new Uint8Array(0).reduce((x) => x));
t(() => a.sort(1));
t(() => a.find.call([], (x) => x));
t(() => a.toString === Array.prototype.toString);
t(() => a[Symbol.iterator] === a.values);
t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array.prototype)));
t(() => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'length').get.call([]));
t(() => Object.getPrototypeOf(Int8Array.prototype)[Symbol.toStringTag]);
class Small extends Uint8Array {
  static get [Symbol.species]() { return Uint16Array; }
}
t(() => new Small([1, 2, 3]).map((x) => x * 200));
t(() => new Small([1, 2, 3]).slice(1));
