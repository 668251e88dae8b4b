// engine/js/builtins_symbol.cpp — Symbol, Symbol.prototype and the well-known symbols
// (ECMA-262 20.4).
//
// Symbols are Symbol cells (object.h): property keys compared by pointer like interned
// strings. `Symbol.for` keeps its registry on the Runtime. `description` is answered by
// Runtime::GetProperty for symbol receivers (SymbolDescription below).
// Where to look next: well_known_symbols.h (the table), properties.cpp (symbol keys).
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// ECMA-262 20.4.3 thisSymbolValue, worded as V8 words its TypeError.
Completion ThisSymbol(Runtime& rt, Value v, const char* method, Symbol*& out) {
  if (!v.IsSymbol())
    return rt.Throw(ErrorType::kTypeError, std::string("Symbol.prototype.") + method +
                                               " requires that 'this' be a Symbol");
  out = v.As<Symbol>();
  return Ok();
}

// ECMA-262 20.4.1.1 Symbol ( [ description ] ). `new Symbol()` never gets here: the
// function is not a constructor, so the call fails with "Symbol is not a constructor".
Completion SymbolCtor(Runtime& rt, NativeCall& call, Native*) {
  if (call.Arg(0).IsUndefined()) return Ok(Value::FromCell(rt.NewSymbol(Value::Undefined())));
  Completion description = rt.ToStringValue(call.Arg(0));
  if (!description.ok()) return description;
  return Ok(Value::FromCell(rt.NewSymbol(description.value)));
}

// ECMA-262 20.4.2.2 Symbol.for ( key )
Completion SymbolFor(Runtime& rt, NativeCall& call, Native*) {
  Completion key = rt.ToStringValue(call.Arg(0));
  if (!key.ok()) return key;
  std::string text(rt.StringOf(key.value));
  auto it = rt.symbol_registry.find(text);
  if (it != rt.symbol_registry.end()) return Ok(Value::FromCell(it->second));
  Symbol* sym = rt.NewSymbol(key.value);
  sym->registered = true;
  rt.symbol_registry.emplace(std::move(text), sym);
  return Ok(Value::FromCell(sym));
}

// ECMA-262 20.4.2.6 Symbol.keyFor ( sym )
Completion SymbolKeyFor(Runtime& rt, NativeCall& call, Native*) {
  Value v = call.Arg(0);
  if (!v.IsSymbol())
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(v) + " is not a symbol");
  Symbol* sym = v.As<Symbol>();
  return Ok(sym->registered ? sym->description : Value::Undefined());
}

// ECMA-262 20.4.3.3 Symbol.prototype.toString: SymbolDescriptiveString.
Completion SymbolToString(Runtime& rt, NativeCall& call, Native*) {
  Symbol* sym = nullptr;
  LOOPSCOPE_TRY(ThisSymbol(rt, call.this_value, "toString", sym));
  return Ok(rt.Str(sym->data));
}

// ECMA-262 20.4.3.4 Symbol.prototype.valueOf and 20.4.3.5 [ @@toPrimitive ].
Completion SymbolValueOf(Runtime& rt, NativeCall& call, Native*) {
  Symbol* sym = nullptr;
  LOOPSCOPE_TRY(ThisSymbol(rt, call.this_value, "valueOf", sym));
  return Ok(Value::FromCell(sym));
}
Completion SymbolToPrimitive(Runtime& rt, NativeCall& call, Native*) {
  Symbol* sym = nullptr;
  LOOPSCOPE_TRY(ThisSymbol(rt, call.this_value, "[Symbol.toPrimitive]", sym));
  return Ok(Value::FromCell(sym));
}

}  // namespace

// ECMA-262 20.4.3.2 get Symbol.prototype.description, for a symbol receiver.
Completion SymbolDescription(Runtime& rt, Value receiver) {
  Symbol* sym = nullptr;
  LOOPSCOPE_TRY(ThisSymbol(rt, receiver, "description", sym));
  return Ok(sym->description);
}

void InstallSymbolBuiltins(Runtime& rt) {
  Object* proto = rt.realm.symbol_proto = rt.NewPlainObject();
  for (size_t i = 0; i < kWellKnownCount; ++i)
    rt.realm.symbols[i] = rt.NewSymbol(rt.Str(std::string("Symbol.") + kWellKnownNames[i]));
  Native* ctor = DefineConstructor(rt, "Symbol", 0, SymbolCtor, proto);
  ctor->is_constructor = false;
  rt.DefineNative(ctor, "for", 1, SymbolFor);
  rt.DefineNative(ctor, "keyFor", 1, SymbolKeyFor);
  for (size_t i = 0; i < kWellKnownCount; ++i)
    ctor->Put(rt.Intern(kWellKnownNames[i]), Value::FromCell(rt.realm.symbols[i]), false);
  rt.DefineNative(proto, "toString", 0, SymbolToString);
  rt.DefineNative(proto, "valueOf", 0, SymbolValueOf);
  DefineSymbolNative(rt, proto, WellKnown::kToPrimitive, 1, SymbolToPrimitive);
  proto->Put(rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str("Symbol"), false);
}

}  // namespace loopscope::js
