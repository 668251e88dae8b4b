const names = ['Émile', 'zoe', 'Adam', 'bob'];
console.log([...names].sort(), names.map(n => n.toLowerCase()));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log('abc' < 'abd', 'Z' < 'a', '' < 'a');
