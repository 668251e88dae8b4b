const a = [];
a.length = 4294967295;
console.log(a.length);
