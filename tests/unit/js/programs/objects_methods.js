const o = { b: 2, a: 1, c: 3 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.assign({}, o, { d: 4 }), Object.fromEntries([['x', 1], ['y', 2]]));
const fz = Object.freeze({ f: 1 }); fz.f = 2; fz.g = 3; console.log(fz, Object.isFrozen(fz), Object.isFrozen(o));
const proto = { greet() { return 'hi ' + this.n; } }; const child = Object.create(proto); child.n = 'kid';
console.log(child.greet(), Object.getPrototypeOf(child) === proto, child.hasOwnProperty('n'), child.hasOwnProperty('greet'), 'greet' in child);
delete o.b; console.log(o, 'b' in o);
console.log(Object.entries({ x: 1 }).map(([k, v]) => k + v));
