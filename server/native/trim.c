// malloc_trim(0) for Node: hands the pages glibc's allocator keeps after freeing back to the system. glibc
// returns freed memory from the middle of its main heap only when asked; the server asks once it goes idle
// (server/idleMemory.ts). Elsewhere than glibc there is nothing to ask, and trim() answers false.
#include <stdlib.h>
#include <node_api.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

static napi_value Trim(napi_env env, napi_callback_info info) {
  (void)info;
  int released = 0;
#if defined(__GLIBC__)
  released = malloc_trim(0);
#endif
  napi_value result;
  napi_get_boolean(env, released != 0, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "trim", NAPI_AUTO_LENGTH, Trim, NULL, &fn);
  napi_set_named_property(env, exports, "trim", fn);
  return exports;
}
