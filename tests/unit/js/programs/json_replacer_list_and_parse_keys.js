// JSON.stringify's replacer array takes strings, numbers and their wrappers, each key once;
// JSON.parse makes own data properties ("__proto__" included) and its reviver's results
// are defined, refused quietly by a non-configurable property. Promise.prototype has its
// @@toStringTag, Math and JSON theirs.
console.log(JSON.stringify({ a: 1, b: 2, 1: 3, c: 4 }, ['a', 'a', new String('b'), new Number(1), {}, true, null]));
console.log(JSON.stringify({ toString: 2, x: 1 }, [{ toString() { return 'toString'; } }]));
const o = JSON.parse('{"__proto__": 1, "__proto__": 2, "x": {"__proto__": []}}');
console.log(Object.keys(o), o.__proto__, Object.getPrototypeOf(o) === Object.prototype, Array.isArray(o.x.__proto__));
console.log(JSON.parse('{"a": [1, 2], "b": 3}', function (k, v) {
  if (k === 'a') Object.defineProperty(this, 'b', { value: 22, configurable: false });
  return typeof v === 'number' ? v * 2 : v;
}));
console.log(JSON.parse('[1, 2, 3]', (k, v) => (k === '1' ? undefined : v)));
console.log(Object.prototype.toString.call(Promise.resolve()), Promise.prototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(Math), String(JSON), Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag));
console.log(Promise.resolve(1), Math.max(1, 2), Object.keys(JSON));
console.log(JSON.stringify(`line\ 
continued`), JSON.stringify('a\ b'));
console.log(JSON.stringify(`a\ b`), JSON.stringify("c\ d"));
