const r = /(/;
console.log(r);
