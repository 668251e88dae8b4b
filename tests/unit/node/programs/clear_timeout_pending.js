const a = setTimeout(() => console.log('a never'), 5);
const b = setTimeout(() => { console.log('b'); clearTimeout(c); }, 5);
const c = setTimeout(() => console.log('c never'), 5);
clearTimeout(a);
setTimeout(() => console.log('d'), 6);
