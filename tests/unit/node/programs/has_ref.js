const t = setTimeout(() => {}, 5);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
const i = setImmediate(() => console.log('immediate'));
console.log(i.hasRef());
