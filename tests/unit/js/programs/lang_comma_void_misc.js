let a = 0, b = (a++, a++, a);
console.log(a, b, void a, typeof void 0);
const arr = [1, 2, 3];
for (let i = 0, j = arr.length - 1; i < j; i++, j--) [arr[i], arr[j]] = [arr[j], arr[i]];
console.log(arr);
