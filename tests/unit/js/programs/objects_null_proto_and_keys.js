const bare = Object.create(null); bare.x = 1; console.log(bare);
console.log(Object.create(null));
const o = {}; o[3] = 'c'; o.b = 'b'; o[1] = 'a'; o['01'] = 'zero-one'; console.log(Object.keys(o));
for (const key in { z: 1, 2: 2, a: 3 }) console.log(key);
