// engine/js/value.h — the JavaScript value: an 8-byte NaN-boxed word.
//
// A Value is a double, one of the singletons (undefined, null, true, false) or a pointer to
// a garbage-collected Cell (strings, objects, functions, promises...). Values are plain
// words: copying one does not root it. Anything the embedder keeps across calls into the
// Vm must be rooted (Vm::Persist, or Hooks::TraceRoots).
// Where to look next: object.h (the Cell kinds), vm.h (the interpreter API).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

namespace loopscope::js {

// The kind of a heap cell. Kinds from kObject on are JavaScript objects (typeof "object" or
// "function"); the ones before are engine-internal or primitives.
enum class CellKind : uint8_t {
  kString,
  kSymbol,      // a Symbol: a String cell that is a property key but never a string value
  kProto,       // compiled function code (bytecode + constants)
  kEnv,         // a scope's captured variables
  kAsyncState,  // a suspended async function's saved frame
  kAccessor,    // an accessor property's getter/setter pair (object.h Accessor)
  kBigInt,      // a BigInt primitive (bigint.h): an immutable arbitrary-precision integer
  kObject,      // plain object
  kArray,
  kClosure,  // a JavaScript function
  kNative,   // a native (C++) function
  kBound,    // reserved for Function.prototype.bind results
  kPromise,
  kMap,
  kSet,
  kError,
  kHost,       // an embedder object (Timeout, Immediate, ...)
  kIterator,   // the engine's iterator over arrays, strings, maps and sets
  kGenerator,  // a generator object (ECMA-262 27.5)
  // A function's arguments object (ArgumentsObject).
  kArguments,
  // new Number(1), new String('a'), new Boolean(true), Object(1) (PrimitiveWrapper).
  kPrimitiveWrapper,
  // ArrayBuffer, TypedArray and DataView objects (typed_array.h).
  kArrayBuffer,
  kTypedArray,
  kDataView,
};

// The header every heap allocation starts with (the heap's pages hold them: cell_heap.h).
struct Cell {
  Cell* gray_next = nullptr;  // the collector's worklist of marked cells still to trace
  CellKind kind;
  bool marked = false;  // small fields last: derived cells put their flags in the padding
  explicit Cell(CellKind k) : kind(k) {}
  virtual ~Cell() = default;
};

class Value {
 public:
  constexpr Value() : bits_(kUndefinedBits) {}

  static constexpr Value Undefined() { return Value(kUndefinedBits); }
  static constexpr Value Null() { return Value(kNullBits); }
  static constexpr Value Boolean(bool b) { return Value(b ? kTrueBits : kFalseBits); }
  // The "not yet initialised" marker of let/const/class bindings (temporal dead zone).
  // It never escapes to JavaScript code or to the embedder.
  static constexpr Value Hole() { return Value(kHoleBits); }
  static Value Number(double d) {
    // Arithmetic can produce NaNs with payloads that would collide with the tag space.
    if (std::isnan(d)) return Value(kCanonicalNaN);
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return Value(bits);
  }
  static Value FromCell(Cell* cell) {
    return Value(kSignBit | kQNaN | reinterpret_cast<uint64_t>(cell));
  }

  bool IsUndefined() const { return bits_ == kUndefinedBits; }
  bool IsNull() const { return bits_ == kNullBits; }
  bool IsNullish() const { return IsUndefined() || IsNull(); }
  bool IsBoolean() const { return (bits_ | 1) == kTrueBits; }
  bool IsHole() const { return bits_ == kHoleBits; }
  bool IsNumber() const { return (bits_ & kQNaN) != kQNaN; }
  bool IsCell() const { return (bits_ & (kQNaN | kSignBit)) == (kQNaN | kSignBit); }
  bool IsString() const { return IsCell() && AsCell()->kind == CellKind::kString; }
  bool IsSymbol() const { return IsCell() && AsCell()->kind == CellKind::kSymbol; }
  bool IsBigInt() const { return IsCell() && AsCell()->kind == CellKind::kBigInt; }
  bool IsObject() const { return IsCell() && AsCell()->kind >= CellKind::kObject; }
  bool Is(CellKind k) const { return IsCell() && AsCell()->kind == k; }

  bool AsBoolean() const { return bits_ == kTrueBits; }
  double AsNumber() const {
    double d;
    std::memcpy(&d, &bits_, sizeof d);
    return d;
  }
  Cell* AsCell() const { return reinterpret_cast<Cell*>(bits_ & ~(kSignBit | kQNaN)); }
  template <typename T>
  T* As() const {
    return static_cast<T*>(AsCell());
  }

  // Identity of the word (same object, same singleton, same bit pattern of a number).
  // For JavaScript equality use the Vm (StrictEquals, SameValueZero).
  bool SameBits(Value other) const { return bits_ == other.bits_; }
  uint64_t bits() const { return bits_; }

 private:
  static constexpr uint64_t kSignBit = 0x8000000000000000ull;
  static constexpr uint64_t kQNaN = 0x7ffc000000000000ull;
  static constexpr uint64_t kCanonicalNaN = 0x7ff8000000000000ull;
  static constexpr uint64_t kUndefinedBits = kQNaN | 1;
  static constexpr uint64_t kNullBits = kQNaN | 2;
  static constexpr uint64_t kFalseBits = kQNaN | 4;
  static constexpr uint64_t kTrueBits = kQNaN | 5;
  static constexpr uint64_t kHoleBits = kQNaN | 8;

  explicit constexpr Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "Value must stay one machine word");

}  // namespace loopscope::js
