console.log(0 || 'a', 1 && 'b', null ?? 'c', 0 ?? 'd', '' || 0 || null, 1 && 2 && 3, !0, !!'x');
let a = null; a ??= 5; let b = 0; b ||= 7; let c = 1; c &&= 9; console.log(a, b, c);
const o = { n: 0 }; o.n ||= 3; o.m ??= 4; o.n &&= 8; console.log(o);
