const proto = {0: 'p0', 2: 'p2'};
const o = Object.create(proto); o[2] = 'own2'; o.length = 4;
console.log(Array.from(o), Array.from({length: 2.7}), Array.from({length: -1}), Array.from({length: '3'}), Array.from({}));
