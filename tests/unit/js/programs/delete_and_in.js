const o = { a: 1, b: 2 };
console.log(delete o.a, o, delete o.missing, 'a' in o);
const arr = [1, 2, 3]; delete arr[1]; console.log(arr, arr.length, 1 in arr);
const k = 'b'; delete o[k]; console.log(o);
