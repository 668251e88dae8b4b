const o = { a: { b: { c: 1 } }, f() { return 'called'; }, arr: [1, 2] };
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w, o.f?.(), o.g?.(), o.arr?.[1], o.none?.[0]);
const n = null; console.log(n?.x, n?.[0], n?.(), (n?.a)?.b);
console.log(o.a?.['b']?.c, typeof o.x?.y);
