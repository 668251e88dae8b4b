class Temp {
  static fromF(f) { return new Temp((f - 32) * 5 / 9); }
  static compare(a, b) { return a.c - b.c; }
  constructor(c) { this.c = Math.round(c * 10) / 10; }
  toString() { return `${this.c}°C`; }
}
const temps = [Temp.fromF(212), new Temp(20), Temp.fromF(32)];
console.log(temps.sort(Temp.compare).map(String), `${temps[0]}`);
console.log(temps[1], Object.keys(temps[1]), Temp.compare.name);
