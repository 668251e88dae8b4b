class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
try { throw new ValidationError('email'); } catch (e) {
  console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error);
  console.log(String(e), Object.keys(e));
}
class Plain extends Error {} const p = new Plain('p'); console.log(p.name, p.message, p instanceof Plain);
