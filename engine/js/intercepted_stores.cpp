// engine/js/intercepted_stores.cpp — [[DefineOwnProperty]] on an object whose stores the
// embedder intercepts (Vm::InterceptStores; V8's named property interceptors, which Node's
// process.env is made of). [[Set]] asks the same hook inline in properties.cpp, so that
// ordinary objects pay one flag test there and nothing more.
// Where to look next: embedder.h (Hooks::OnInterceptedStore), engine/node/process_env.cpp.
#include "engine/js/builtins.h"
#include "engine/js/object.h"

namespace loopscope::js {

Completion Runtime::DefineIntercepted(Object* obj, String* key, const PropertyDescriptor& desc,
                                      bool& done) {
  StoreAttributes attributes;
  attributes.has_value = desc.has_value;
  attributes.has_get = desc.has_get;
  attributes.has_set = desc.has_set;
  attributes.has_writable = desc.has_writable;
  attributes.writable = desc.writable;
  attributes.has_enumerable = desc.has_enumerable;
  attributes.enumerable = desc.enumerable;
  attributes.has_configurable = desc.has_configurable;
  attributes.configurable = desc.configurable;
  PropertyDescriptor stored = desc;
  LOOPSCOPE_TRY(hooks_.OnInterceptedStore(Value::FromCell(obj), Value::FromCell(key), stored.value,
                                          &attributes));
  // The hook accepted the store: define it as on an ordinary object (which runs no
  // JavaScript, so the flag cannot be seen cleared).
  obj->intercept_stores = false;
  Completion c = DefineOwnProperty(obj, key, stored, done);
  obj->intercept_stores = true;
  return c;
}

}  // namespace loopscope::js
