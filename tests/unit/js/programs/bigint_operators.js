// BigInt arithmetic, bitwise operators, shifts, comparisons and equality with other types.
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
};
const a = 2n ** 100n + 12345n;
console.log(a + 1n, a - a, a * -3n, a / 7n, a % 7n, -a / 7n, -a % 7n);
console.log(-7n / 2n, -7n % 2n, 7n % -2n, 2n ** 0n, (-2n) ** 3n, 0n ** 0n, (-1n) ** 1001n);
console.log(~5n, ~-1n, -5n & 3n, -5n | 3n, -5n ^ 3n, 5n & -(2n ** 70n), (2n ** 80n) | 1n);
console.log(1n << 70n, -7n >> 1n, 1n << -1n, -1n >> 100n, 5n >> 1000000000000n, 0n << 1000000000000n);
let i = 5n;
i++;
++i;
i--;
i += 10n;
i **= 2n;
console.log(i, -i, i-- + 0n, i);
console.log(1n < 2, 2n > 1.5, 1n < 'x', 1n <= '1', '10' > 9n, 1n < NaN, 1n < Infinity, -1n > -Infinity);
console.log(2n ** 64n > 18446744073709551615, 2n ** 64n == 18446744073709551616, 9007199254740993n > 9007199254740992);
console.log(1n == 1, 1n == '1', 1n == ' 0x1 ', 1n == 'x', 1n == true, 0n == false, 1n == 1.5, 1n === 1, 1n === 1n);
console.log(0n == '', 1n == Object(1n), Object(1n) == Object(1n), [1n].includes(1n), [1n].indexOf(1n));
t(() => 1n + 1);
t(() => 1 * 1n);
t(() => 1n >>> 1n);
t(() => 1n / 0n);
t(() => 1n % 0n);
t(() => 2n ** -1n);
t(() => 1n << 10000000000n);
t(() => 2n ** 100000000000n);
t(() => 1n | 1);
t(() => Math.max(1n));
t(() => { let x = 1n; x += 1; return x; });
t(() => ({ valueOf() { return 3n; } }) * 2n);
