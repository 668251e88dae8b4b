function createBank() {
  const accounts = new Map();
  return {
    open(name) { accounts.set(name, 0); return this; },
    deposit(name, amt) { if (!accounts.has(name)) throw new Error('no account ' + name); accounts.set(name, accounts.get(name) + amt); return accounts.get(name); },
    report() { return [...accounts].map(([n, b]) => `${n}:${b}`).join(', '); },
  };
}
const bank = createBank().open('ann').open('bob');
bank.deposit('ann', 10); bank.deposit('bob', 5); bank.deposit('ann', 2.5);
console.log(bank.report());
try { bank.deposit('zed', 1); } catch (e) { console.log(e.message); }
