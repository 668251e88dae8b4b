class Service {
  constructor() { this.calls = 0; }
  async call(x) { this.calls++; await null; return `${x}:${this.calls}`; }
  async callTwice() { const a = await this.call('a'); const b = await this.call('b'); return [a, b]; }
}
const s = new Service();
s.callTwice().then(v => console.log(v, s.calls));
const bound = s.call.bind(s); bound('c').then(v => console.log(v));
