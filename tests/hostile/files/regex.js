const r = /a+b/g;
console.log(r.test("aab"));
