let i = 0; console.log(i++, i, ++i, i, i--, i, --i, i);
const o = { c: 1 }; o.c++; ++o.c; console.log(o.c, o.c++, o.c);
const arr = [5]; arr[0]++; console.log(arr[0]--, arr);
let s = '5'; s++; console.log(s, typeof s);
